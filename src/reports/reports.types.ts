/**
 * Request shapes of the report pages' forms, read with the one form helper
 * (platform/http/form.ts) and handed to the decision-chain services as they are.
 */
import { z } from "zod";
import { IdSchema } from "../platform/http/schemas.js";

/** The report-back's formal parts the samordnare edits (the rest comes from the promise). */
export const EDITABLE = [
  "registrationNumber",
  "matter",
  "background",
  "genderEquality",
  "goalsIntro",
  "publicationNote",
  "committeeNote",
  "mblStatement",
] as const;
export type Editable = (typeof EDITABLE)[number];

/** The version of the report the user read (optimistic concurrency). */
const VersionSchema = z.coerce.number().int().positive();

/** One step of the chain that needs nothing more: send on, correct a decided report. */
export const ChainStepSchema = z.object({ version: VersionSchema });

const STANCES = ["endorses", "no_objection", "rejects"] as const;

/**
 * The consulted bodies' positions (`consultations.N.id`, `.stance`, `.comment`); a body left
 * without a position is not recorded.
 */
export const ConsultationsSchema = z
  .object({
    version: VersionSchema,
    consultations: z
      .array(
        z.object({
          id: IdSchema,
          stance: z.enum(STANCES).optional(),
          comment: z.string().trim().max(2000).optional(),
        }),
      )
      .default([]),
  })
  .transform(({ version, consultations }) => ({
    version,
    positions: consultations.flatMap((k) =>
      k.stance
        ? [{ consultationId: k.id, stance: k.stance, comment: k.comment || null, consultedOn: null }]
        : [],
    ),
  }));

/** The board's decision. */
export const DecisionSchema = z.object({
  version: VersionSchema,
  body: z.string().trim().min(1).max(200),
  decidedOn: z.iso.date(),
  paragraph: z
    .string()
    .trim()
    .max(50)
    .optional()
    .transform((p) => p || null),
  text: z.string().trim().min(1).max(4000),
});

/** A formal part as typed (line ends as the browser sends them become plain newlines). */
const Section = z
  .string()
  .max(20000)
  .default("")
  .transform((s) => s.replace(/\r\n/g, "\n"));

/** The formal parts, all of them (an empty field empties the part). */
export const ReportSectionsSchema = z.object({
  version: VersionSchema,
  ...(Object.fromEntries(EDITABLE.map((f) => [f, Section])) as Record<Editable, typeof Section>),
});
