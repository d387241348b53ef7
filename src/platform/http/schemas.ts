import { z } from "@hono/zod-openapi";

/**
 * Shapes shared by every module's API schemas. Limits live here once, for API, forms and OpenAPI.
 */
export const UUID_EXAMPLE = "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15";

export const IdSchema = z.uuid().openapi({ example: UUID_EXAMPLE });

export const RefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/)
  .openapi({
    example: "skaggetorp-2017",
    description: "A promise's reference, as listed by `medborgarlofte promises`.",
  });

export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
  .openapi({ example: "linkoping", description: "A partnership's short name in addresses." });

export const IsoDateSchema = z.iso.date().openapi({ example: "2017-12-31" });

export const PeriodCodeSchema = z
  .string()
  .regex(/^\d{4}-(T[1-3]|Q[1-4]|H[12])$/)
  .openapi({ example: "2017-T2", description: "A reporting period: year, then T1–T3, Q1–Q4 or H1–H2." });

export const LocalizedTextSchema = z
  .object({ sv: z.string() })
  .catchall(z.string())
  .openapi("LocalizedText", {
    description: "A content text per language; Swedish is always present and is the fallback.",
    example: { sv: "Polisen ska …", ar: "…" },
  });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "not_found" }),
      message: z.string().openapi({ example: "Det finns inget medborgarlöfte med id:t …" }),
      details: z.unknown().optional(),
      requestId: z
        .string()
        .optional()
        .openapi({ description: "The request's id (also in the X-Request-Id header), to quote in a report" }),
    }),
  })
  .openapi("Error");

/** Standard error responses for a route, by status. */
export const errorResponses = {
  400: { description: "Malformed id or parameter", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "Not found", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export const dataOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });
