/**
 * The setup file: one partnership described in JSON or YAML (partnership, parties with units,
 * people, areas with GeoJSON boundaries, council goal sets, agreements, defaults for documents,
 * accounts to invite). Its zod schema is the format; `setupJsonSchema()` publishes it as JSON
 * Schema (`/api/v1/schemas/partnership-setup.json`). References between parts use natural keys:
 * a party's short name, a unit's name within its party, an area's name.
 */

import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { AppError } from "../platform/errors.js";
import { ROLES } from "../platform/viewer.js";
import { AREA_KINDS, CLASSIFICATIONS, PARTY_KINDS } from "./setup.types.js";

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date();

export const SetupFileSchema = z
  .object({
    $schema: z.string().optional(),
    partnership: z.object({
      slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
      name: text(200),
      municipalityName: text(200),
      county: text(100).optional(),
      contactEmail: z
        .email()
        .max(254)
        .optional()
        .describe("Where residents reach the partnership; shown on its public pages."),
      contactPhone: z
        .string()
        .trim()
        .regex(/^[0-9+\-() ]{5,40}$/)
        .optional()
        .describe("An optional phone number for residents."),
      periodScheme: z.enum(["tertial", "quarter", "half"]).default("tertial"),
    }),
    parties: z
      .array(
        z.object({
          shortName: text(60).describe("Unique in the partnership; other parts refer to the party by it."),
          name: text(200),
          kind: z.enum(PARTY_KINDS),
          units: z.array(z.object({ name: text(200), parent: text(200).optional() })).default([]),
        }),
      )
      .min(1),
    people: z
      .array(
        z.object({
          name: text(200),
          party: text(60).describe("The party's short name."),
          unit: text(200).optional(),
          title: text(200).optional(),
          email: z.email().optional(),
          phone: text(40).optional(),
        }),
      )
      .default([]),
    areas: z
      .array(
        z.object({
          name: text(200),
          kind: z.enum(AREA_KINDS).default("district"),
          parent: text(200).optional().describe("Another area's name."),
          owner: text(60).optional().describe("The short name of the party that owns the area."),
          classifications: z
            .array(z.object({ classification: z.enum(CLASSIFICATIONS), from: date, to: date.optional() }))
            .default([]),
          boundary: z
            .record(z.string(), z.unknown())
            .optional()
            .describe("GeoJSON Polygon or MultiPolygon in WGS 84 (geometry, Feature or FeatureCollection)."),
        }),
      )
      .default([]),
    goalSets: z
      .array(
        z.object({
          name: text(300),
          body: text(200).default("kommunfullmäktige"),
          fromYear: z.number().int().min(2000).max(2100),
          toYear: z.number().int().min(2000).max(2100),
          goals: z.array(text(2000)).min(1),
        }),
      )
      .default([]),
    agreements: z
      .array(
        z.object({
          title: text(300),
          validFrom: date,
          validTo: date,
          signedOn: date.optional(),
          parties: z.array(text(60)).min(1).describe("Short names of the parties."),
          focusProblems: z.array(text(2000)).default([]),
        }),
      )
      .default([]),
    documentDefaults: z
      .object({
        addressee: text(200).default("kommunstyrelsen"),
        office: text(200).describe("The municipality's office that issues documents."),
        subunit: text(200).optional(),
        officer: z
          .object({
            name: text(200),
            title: text(200).optional(),
            phone: text(40).optional(),
            email: z.email().optional(),
          })
          .optional(),
        consultations: z
          .array(
            z.object({ body: text(200), mode: z.enum(["collaborated", "prepared"]).default("collaborated") }),
          )
          .default([]),
        signatories: z.array(z.object({ name: text(200), title: text(200).optional() })).default([]),
        distribution: z.array(text(200)).default([]),
      })
      .optional(),
    accounts: z
      .array(
        z.object({
          email: z.email(),
          name: text(200),
          role: z.enum(ROLES),
          party: text(60)
            .optional()
            .describe("For a reporter or incident reporter: the short name of the party reported for."),
          person: text(200).optional().describe("The name of a person above the account acts as."),
        }),
      )
      .default([]),
  })
  .strict();

export type SetupFile = z.output<typeof SetupFileSchema>;

/** The format as JSON Schema (draft 2020-12), as published. */
export function setupJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SetupFileSchema, { io: "input", unrepresentable: "any" }),
    $id: "/api/v1/schemas/partnership-setup.json",
    title: "Medborgarlöfte: en samverkans uppsättning",
  };
}

/** One problem of a setup file: where (`parties[3].kind`) and what, in Swedish. */
export interface SetupProblem {
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** A zod issue in Swedish. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "saknas"
        : `ska vara ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `ska vara en av: ${issue.values.map(String).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `behöver minst ${String(issue.minimum)}`
        : issue.origin === "string"
          ? "får inte vara tom"
          : `får inte vara mindre än ${String(issue.minimum)}`;
    case "too_big":
      return issue.origin === "string"
        ? `är för lång (högst ${String(issue.maximum)} tecken)`
        : `får inte vara större än ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.format === "date"
        ? "ska vara ett datum (ÅÅÅÅ-MM-DD)"
        : issue.format === "email"
          ? "är ingen giltig e-postadress"
          : "har fel format";
    case "unrecognized_keys":
      return `okänt fält: ${issue.keys.join(", ")}`;
    default:
      return "är ogiltigt";
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: "en text",
  number: "ett tal",
  int: "ett heltal",
  array: "en lista",
  object: "ett objekt",
  record: "ett objekt",
  boolean: "sant eller falskt",
};

/** Refuses a setup file with its problems (422 `setup_invalid`; details: path and message each). */
export function setupInvalid(problems: SetupProblem[]): AppError {
  const first = problems[0];
  return new AppError(
    "setup_invalid",
    { count: problems.length, path: first?.path ?? "", message: first?.message ?? "" },
    problems,
  );
}

/** Reads a setup file's text (JSON or YAML) and checks it against the format. */
export function readSetupFile(text: string): SetupFile {
  let value: unknown;
  try {
    value = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw setupInvalid([{ path: line ? `rad ${line}` : "", message: "är inte giltig JSON eller YAML" }]);
  }
  return checkSetupFile(value);
}

export function checkSetupFile(value: unknown): SetupFile {
  const parsed = SetupFileSchema.safeParse(value);
  if (!parsed.success) {
    throw setupInvalid(
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describeIssue(issue) })),
    );
  }
  return parsed.data;
}
