/**
 * Request shapes of the report pages' forms, read with the one form helper
 * (platform/http/form.ts) and handed to the decision-chain services as they are.
 */
import { z } from "zod";
import { IdSchema } from "../platform/http/schemas.js";

/** The heading's fields, stored as plain text (the document's Dnr/Datum block). */
export const HEADING = [
  "registrationNumber",
  "datedOn",
  "addressee",
  "issuingUnit",
  "issuingSubunit",
  "officerName",
  "officerTitle",
  "officerPhone",
  "officerEmail",
] as const;
export type HeadingField = (typeof HEADING)[number];

/** The report-back's formal parts the samordnare edits (the rest comes from the promise). */
export const EDITABLE = [
  ...HEADING,
  "title",
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

/**
 * A date of the chain as typed; whether it is a real date, not before the promise and not in
 * the future is the service's check (a message in Swedish and a code, never a 500).
 */
export const ChainDateSchema = z.string().trim().max(40);

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
          consultedOn: ChainDateSchema.optional(),
        }),
      )
      .default([]),
  })
  .transform(({ version, consultations }) => ({
    version,
    positions: consultations.flatMap((k) =>
      k.stance
        ? [
            {
              consultationId: k.id,
              stance: k.stance,
              comment: k.comment || null,
              consultedOn: k.consultedOn || null,
            },
          ]
        : [],
    ),
  }));

/** The board's decision (and the committee's, with `text` optional). */
export const DecisionSchema = z.object({
  version: VersionSchema,
  body: z.string().trim().min(1).max(200),
  decidedOn: ChainDateSchema,
  paragraph: z
    .string()
    .trim()
    .max(50)
    .optional()
    .transform((p) => p || null),
  text: z.string().trim().min(1).max(4000),
});

/** The committee's (utskott) decision on the way to the board. */
export const CommitteeDecisionSchema = DecisionSchema.extend({
  text: z
    .string()
    .trim()
    .max(4000)
    .optional()
    .transform((t) => t || null),
});

/** A correction: a new edition of a decided report, saying why. */
export const CorrectionSchema = z.object({
  version: VersionSchema,
  reason: z.string().trim().min(1).max(2000),
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

const Line = (max: number) => z.string().trim().max(max);
const Position = z.coerce.number().int().min(0).max(1000).optional();
/** A row of a list form: its fields, its place (`position`), and whether to remove it. */
const row = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, id: IdSchema.optional(), position: Position, remove: z.coerce.boolean().optional() });

/** Each editable list, one row's fields; a row with its first field empty is left out. */
export const LIST_ROWS = {
  decisionItems: row({ text: Line(4000) }),
  attachments: row({
    title: Line(500),
    kind: z.enum(["period_report", "promise", "other"]).default("other"),
    periodCode: Line(20).optional(),
  }),
  consultations: row({ body: Line(200), mode: z.enum(["collaborated", "prepared"]).default("collaborated") }),
  signatories: row({ name: Line(200), title: Line(200).optional() }),
  distribution: row({ recipient: Line(300) }),
  links: row({ url: Line(500), label: Line(300).optional() }),
} as const;
export type ListKind = keyof typeof LIST_ROWS;
export const LIST_KINDS = Object.keys(LIST_ROWS) as ListKind[];
/** The field a row must have (a row without it is an empty row of the form). */
export const LIST_KEY_FIELD: Record<ListKind, string> = {
  decisionItems: "text",
  attachments: "title",
  consultations: "body",
  signatories: "name",
  distribution: "recipient",
  links: "url",
};

/**
 * A list as the form posts it (`items.N.field`, with `position` and `remove`) or the API sends it
 * (in order): the rows kept, in their new order.
 */
export const listSchema = <K extends ListKind>(kind: K) =>
  z
    .object({ version: VersionSchema, items: z.array(LIST_ROWS[kind]).max(200).default([]) })
    .transform(({ version, items }) => {
      const key = LIST_KEY_FIELD[kind];
      const kept = items
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => !item.remove && String((item as Record<string, unknown>)[key] ?? "").trim())
        .sort(
          (a, b) => (a.item.position ?? a.index + 1) - (b.item.position ?? b.index + 1) || a.index - b.index,
        )
        .map(({ item }) => {
          const { position: _p, remove: _r, ...rest } = item as Record<string, unknown>;
          return rest;
        });
      return { version, items: kept };
    });

const DefaultLine = z.string().trim().max(300).default("");
const DefaultList = z
  .string()
  .max(10000)
  .default("")
  .transform((s) => s.replace(/\r\n/g, "\n"));

/** The partnership's report defaults (lists one item a line). */
export const ReportDefaultsSchema = z.object({
  version: z.coerce.number().int().min(0),
  addressee: DefaultLine,
  issuingUnit: DefaultLine,
  issuingSubunit: DefaultLine,
  officerName: DefaultLine,
  officerTitle: DefaultLine,
  officerPhone: DefaultLine,
  officerEmail: z.union([z.literal(""), z.email().max(300)]).default(""),
  mblStatement: z.string().trim().max(2000).default(""),
  consultations: DefaultList,
  signatories: DefaultList,
  distribution: DefaultList,
  links: DefaultList,
});

/** The logo form: the file (PNG or SVG), or `remove` to take the logo away. */
export const LogoFormSchema = z.object({
  /** The defaults' version the user read (0: none saved yet, also when not sent). */
  version: z.coerce.number().int().min(0).default(0),
  remove: z.coerce.boolean().optional(),
});
