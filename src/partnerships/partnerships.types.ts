import { z } from "@hono/zod-openapi";
import { IdSchema, IsoDateSchema } from "../platform/http/schemas.js";

export const PartnershipSchema = z
  .object({
    id: IdSchema,
    slug: z.string(),
    name: z.string(),
    municipalityName: z.string(),
    periodScheme: z.enum(["tertial", "quarter", "half"]),
    deadlineOffsetDays: z.number().int(),
  })
  .openapi("Partnership");

export const UnitSchema = z
  .object({ id: IdSchema, name: z.string(), parentId: IdSchema.nullable() })
  .openapi("Unit");

export const PartySchema = z
  .object({
    id: IdSchema,
    kind: z.enum(["municipality", "police", "other"]),
    name: z.string(),
    shortName: z.string().nullable(),
    units: z.array(UnitSchema),
  })
  .openapi("Party");

export const AreaSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(["municipality", "district", "place"]),
    parentId: IdSchema.nullable(),
    geojson: z.unknown().nullable().openapi({ description: "GeoJSON geometry or feature, if known." }),
    classifications: z.array(
      z.object({
        classification: z.enum(["vulnerable", "risk", "especially_vulnerable"]),
        validFrom: IsoDateSchema,
        validTo: IsoDateSchema.nullable(),
        source: z.string().nullable(),
      }),
    ),
  })
  .openapi("Area");

export type Partnership = z.infer<typeof PartnershipSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Area = z.infer<typeof AreaSchema>;
