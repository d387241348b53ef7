/**
 * The complete example `medborgarlofte setup:example` prints: an invented municipality with six
 * parties (two of them not public bodies: a housing company and an association), units, people,
 * a district with a housing company's estate inside it (a partner-owned area), a council goal set,
 * a two-year agreement, defaults for documents and three accounts to invite.
 */
import { stringify } from "yaml";
import type { z } from "zod";
import type { SetupFileSchema } from "./setup-file.js";

const ring = (lon: number, lat: number, w: number, h: number) => [
  [lon, lat],
  [lon + w, lat],
  [lon + w, lat - h],
  [lon, lat - h],
  [lon, lat],
];

export const SETUP_EXAMPLE: z.input<typeof SetupFileSchema> = {
  $schema: "/api/v1/schemas/partnership-setup.json",
  partnership: {
    slug: "exempelstad",
    name: "Exempelstad – medborgarlöfte",
    municipalityName: "Exempelstads kommun",
    county: "Östergötlands län",
    contactEmail: "trygghet@exempelstad.se",
    contactPhone: "013-20 60 00",
    periodScheme: "tertial",
  },
  parties: [
    {
      shortName: "Kommunen",
      name: "Exempelstads kommun",
      kind: "municipality",
      units: [
        { name: "Kommunledningsförvaltningen" },
        { name: "Trygghetsenheten", parent: "Kommunledningsförvaltningen" },
        { name: "Kultur- och fritidsförvaltningen" },
      ],
    },
    {
      shortName: "Polisen",
      name: "Lokalpolisområde Exempelstad",
      kind: "police",
      units: [{ name: "Kommunpolisen" }],
    },
    { shortName: "Regionen", name: "Region Exempellän", kind: "region", units: [] },
    {
      shortName: "Bostadsbolaget",
      name: "Exempelstads Bostäder AB",
      kind: "housing_company",
      units: [{ name: "Områdeskontor Norr" }],
    },
    { shortName: "Föreningen", name: "Norrmalms idrottsförening", kind: "association", units: [] },
    { shortName: "Skolan", name: "Norrmalmsskolan", kind: "school", units: [] },
  ],
  people: [
    {
      name: "Anna Andersson",
      party: "Kommunen",
      unit: "Trygghetsenheten",
      title: "Trygghetssamordnare",
      email: "anna.andersson@exempelstad.se",
      phone: "010-000 00 01",
    },
    {
      name: "Bo Berg",
      party: "Polisen",
      unit: "Kommunpolisen",
      title: "Kommunpolis",
      email: "bo.berg@polisen.se",
    },
    {
      name: "Cecilia Carlsson",
      party: "Bostadsbolaget",
      unit: "Områdeskontor Norr",
      title: "Områdeschef",
      email: "cecilia.carlsson@exempelbostader.se",
    },
  ],
  areas: [
    {
      name: "Norrmalm",
      kind: "district",
      classifications: [
        { classification: "vulnerable", from: "2019-06-01", to: "2023-12-31" },
        { classification: "risk", from: "2024-01-01" },
      ],
      boundary: { type: "Polygon", coordinates: [ring(15.6, 58.43, 0.03, 0.015)] },
    },
    {
      name: "Kvarteret Linden",
      kind: "place",
      parent: "Norrmalm",
      owner: "Bostadsbolaget",
      boundary: {
        type: "Feature",
        properties: { name: "Kvarteret Linden" },
        geometry: { type: "Polygon", coordinates: [ring(15.61, 58.425, 0.006, 0.004)] },
      },
    },
  ],
  goalSets: [
    {
      name: "Övergripande mål 2023–2026",
      body: "kommunfullmäktige",
      fromYear: 2023,
      toYear: 2026,
      goals: [
        "Exempelstad är en trygg kommun att bo och vistas i.",
        "Barn och unga har en meningsfull fritid.",
        "Fler är i arbete eller studier.",
      ],
    },
  ],
  agreements: [
    {
      title: "Samverkansöverenskommelse 2025–2026",
      validFrom: "2025-01-01",
      validTo: "2026-12-31",
      signedOn: "2024-12-10",
      parties: ["Kommunen", "Polisen", "Bostadsbolaget", "Föreningen"],
      focusProblems: [
        "Otrygghet i centrum kvällstid",
        "Skadegörelse i och kring bostadsområdet",
        "Narkotikaförsäljning nära skolan",
      ],
    },
  ],
  documentDefaults: {
    addressee: "kommunstyrelsen",
    office: "Kommunledningsförvaltningen",
    subunit: "Trygghetsenheten",
    officer: {
      name: "Anna Andersson",
      title: "Trygghetssamordnare",
      phone: "010-000 00 01",
      email: "anna.andersson@exempelstad.se",
    },
    consultations: [
      { body: "Lokalpolisområde Exempelstad", mode: "collaborated" },
      { body: "Trygghetsrådet", mode: "prepared" },
    ],
    signatories: [
      { name: "Eva Ek", title: "kommunstyrelsens ordförande" },
      { name: "Fredrik Falk", title: "lokalpolisområdeschef" },
    ],
    distribution: ["Polismyndigheten, LPO Exempelstad", "Exempelstads Bostäder AB"],
  },
  accounts: [
    {
      email: "anna.andersson@exempelstad.se",
      name: "Anna Andersson",
      role: "coordinator",
      person: "Anna Andersson",
    },
    { email: "bo.berg@polisen.se", name: "Bo Berg", role: "police_coordinator", person: "Bo Berg" },
    {
      email: "cecilia.carlsson@exempelbostader.se",
      name: "Cecilia Carlsson",
      role: "reporter",
      party: "Bostadsbolaget",
      person: "Cecilia Carlsson",
    },
  ],
};

/** The example as YAML (with a comment naming the schema) or JSON. */
export function setupExample(format: "yaml" | "json" = "yaml"): string {
  if (format === "json") return `${JSON.stringify(SETUP_EXAMPLE, null, 2)}\n`;
  return `# Medborgarlöfte: en samverkans uppsättning. Kontrollera: medborgarlofte setup:apply FIL --check\n${stringify(SETUP_EXAMPLE, { lineWidth: 0 })}`;
}
