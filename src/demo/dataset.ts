/**
 * The shape of a demo dataset and its flattening into table rows plus demo markers.
 *
 * A dataset is declarative: plain objects with fixed ids, children nested under their parent, and
 * on any object a `demo` map `{ field: note }` naming the fields whose values the demo invented
 * (everything else is taken from the source document). Flattening turns each `demo` entry into a
 * `demo_markers` row (SQL table name, row id, SQL column name or relation name, note).
 */
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import * as agreementsTables from "../agreements/agreements.schema.js";
import * as areasTables from "../areas/areas.schema.js";
import type { TargetDirection } from "../followups/attainment.js";
import * as followUpsTables from "../followups/followups.schema.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import * as goalsTables from "../goals/goals.schema.js";
import * as partnershipsTables from "../partnerships/partnerships.schema.js";
import * as periodsTables from "../periods/periods.schema.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import * as demoTables from "../platform/markers/markers.schema.js";
import type { PromiseStatus, ResponsibleKind } from "../promises/lifecycle.js";
import * as promisesTables from "../promises/promises.schema.js";
import * as reportsTables from "../reports/reports.schema.js";

/** Swedish content text. @example sv("Trygghetsvandring") // { sv: "Trygghetsvandring" } */
export const sv = (text: string): LocalizedText => ({ sv: text });

/** Field → why its value is invented. @example { deadlineOffsetDays: "Antagen tidsfrist" } */
export type DemoNotes<T> = Partial<Record<Exclude<keyof T, "id">, string>>;

/** A dataset object with its demo notes. */
export type Marked<T> = T & { demo?: DemoNotes<T> };

// `T["$inferInsert"]`, not `InferInsertModel<T>`: through a generic alias the latter drops optional columns.
type Insert<T extends Table> = T["$inferInsert"];
type Bookkeeping = "id" | "createdAt" | "updatedAt" | "version";
/** A row as written in the dataset: a fixed id, without the columns its parent supplies. */
type Own<T extends Table, Implied extends keyof Insert<T> = never> = Omit<
  Insert<T>,
  Implied | Bookkeeping
> & {
  id: string;
};
/** `T` with some fields narrowed to the domain's own types. */
type With<T, Narrowed> = Omit<T, keyof Narrowed> & Narrowed;

export type PartnershipData = Marked<Own<typeof partnershipsTables.partnerships>>;
export type PartyData = Marked<
  With<Own<typeof partnershipsTables.parties, "partnershipId">, { kind: "municipality" | "police" | "other" }>
>;
export type UnitData = Marked<Own<typeof partnershipsTables.units>>;
export type PersonData = Marked<Own<typeof partnershipsTables.people, "partnershipId">>;
export type AreaData = Marked<Own<typeof areasTables.areas, "partnershipId">>;
export type AreaClassificationData = Marked<Own<typeof areasTables.areaClassifications>>;
export type CouncilGoalSetData = Marked<
  Own<typeof goalsTables.councilGoalSets, "partnershipId"> & {
    goals: Marked<Own<typeof goalsTables.councilGoals, "setId">>[];
  }
>;
export type AgreementData = Marked<
  Own<typeof agreementsTables.agreements, "partnershipId"> & {
    parties: string[];
    /** In order; `position` is the index + 1. */
    focusProblems: Marked<Own<typeof agreementsTables.agreementFocusProblems, "agreementId" | "position">>[];
  }
>;
export type TargetData = Marked<
  With<Own<typeof promisesTables.targets, "commitmentId" | "position">, { direction: TargetDirection }>
>;
export type CommitmentData = Marked<
  With<
    Own<typeof promisesTables.commitments, "promiseId">,
    { responsibleKind: ResponsibleKind; carryOver: "carry" | "close" | null }
  > & {
    responsibleParties: string[];
    contributorParties: string[];
    units: string[];
    /** Council goal ids. */
    goals: string[];
    targets: TargetData[];
  }
>;
export type PromiseData = Marked<
  With<Own<typeof promisesTables.promises, "partnershipId">, { status: PromiseStatus }> & {
    areas: string[];
    parties: string[];
    commitments: CommitmentData[];
  }
>;
export type PeriodData = Marked<Own<typeof periodsTables.reportingPeriods, "partnershipId">>;
export type MeasurementData = Marked<Own<typeof followUpsTables.followUpMeasurements, "followUpId">>;
export type FollowUpData = Marked<
  With<Own<typeof followUpsTables.followUps>, { status: FollowUpStatus }> & {
    measurements: MeasurementData[];
  }
>;
export type ReportBackData = Marked<
  Own<typeof reportsTables.reportBacks> & {
    /** Each list in order; `position` is the index + 1. */
    decisionItems: Marked<Own<typeof reportsTables.reportDecisionItems, "reportId" | "position">>[];
    consultations: Marked<Own<typeof reportsTables.reportConsultations, "reportId" | "position">>[];
    signatories: Marked<Own<typeof reportsTables.reportSignatories, "reportId" | "position">>[];
    distribution: Marked<Own<typeof reportsTables.reportDistribution, "reportId" | "position">>[];
    links: Marked<Own<typeof reportsTables.reportLinks, "reportId" | "position">>[];
  }
>;

/** A whole demo: one partnership and everything in it. */
export interface DemoDataset {
  partnership: PartnershipData;
  parties: PartyData[];
  units: UnitData[];
  people: PersonData[];
  areas: AreaData[];
  areaClassifications: AreaClassificationData[];
  councilGoalSets: CouncilGoalSetData[];
  agreements: AgreementData[];
  promises: PromiseData[];
  periods: PeriodData[];
  followUps: FollowUpData[];
  reportBacks: ReportBackData[];
}

/** The tables a dataset fills, in an order that satisfies the foreign keys. */
export const DEMO_TABLES = {
  partnerships: partnershipsTables.partnerships,
  parties: partnershipsTables.parties,
  units: partnershipsTables.units,
  people: partnershipsTables.people,
  areas: areasTables.areas,
  areaClassifications: areasTables.areaClassifications,
  councilGoalSets: goalsTables.councilGoalSets,
  councilGoals: goalsTables.councilGoals,
  agreements: agreementsTables.agreements,
  agreementParties: agreementsTables.agreementParties,
  agreementFocusProblems: agreementsTables.agreementFocusProblems,
  promises: promisesTables.promises,
  promiseAreas: promisesTables.promiseAreas,
  promiseParties: promisesTables.promiseParties,
  commitments: promisesTables.commitments,
  commitmentParties: promisesTables.commitmentParties,
  commitmentUnits: promisesTables.commitmentUnits,
  commitmentGoals: promisesTables.commitmentGoals,
  targets: promisesTables.targets,
  reportingPeriods: periodsTables.reportingPeriods,
  followUps: followUpsTables.followUps,
  followUpMeasurements: followUpsTables.followUpMeasurements,
  reportBacks: reportsTables.reportBacks,
  reportDecisionItems: reportsTables.reportDecisionItems,
  reportConsultations: reportsTables.reportConsultations,
  reportSignatories: reportsTables.reportSignatories,
  reportDistribution: reportsTables.reportDistribution,
  reportLinks: reportsTables.reportLinks,
  demoMarkers: demoTables.demoMarkers,
} as const;

type DemoTables = typeof DEMO_TABLES;
/** Insert values per table, keyed as in {@link DEMO_TABLES}. */
export type DemoRows = { [K in keyof DemoTables]: Insert<DemoTables[K]>[] };

/**
 * Flattens a dataset into rows per table, with one demo marker per `demo` entry.
 * Throws when a `demo` entry names a field the object does not set (a marker must mark a value).
 * @example const rows = flattenDataset(SKAGGETORP_2017); rows.commitments.length // 8
 */
export function flattenDataset(d: DemoDataset): DemoRows {
  const out = Object.fromEntries(Object.keys(DEMO_TABLES).map((k) => [k, []])) as unknown as DemoRows;
  const add = <K extends keyof DemoTables>(
    key: K,
    item: object,
    implied: Partial<Insert<DemoTables[K]>> = {},
  ) => {
    const table = DEMO_TABLES[key];
    (out[key] as unknown[]).push(pickColumns(table, item, implied));
    out.demoMarkers.push(...markersOf(table, item));
  };

  const partnershipId = d.partnership.id;
  add("partnerships", d.partnership);
  for (const p of d.parties) add("parties", p, { partnershipId });
  for (const u of d.units) add("units", u);
  for (const p of d.people) add("people", p, { partnershipId });
  for (const a of d.areas) add("areas", a, { partnershipId });
  for (const c of d.areaClassifications) add("areaClassifications", c);
  for (const set of d.councilGoalSets) {
    add("councilGoalSets", set, { partnershipId });
    for (const goal of set.goals) add("councilGoals", goal, { setId: set.id });
  }
  for (const a of d.agreements) {
    add("agreements", a, { partnershipId });
    for (const partyId of a.parties) add("agreementParties", {}, { agreementId: a.id, partyId });
    for (const [i, f] of a.focusProblems.entries()) {
      add("agreementFocusProblems", f, { agreementId: a.id, position: i + 1 });
    }
  }
  for (const p of d.promises) {
    add("promises", p, { partnershipId });
    for (const areaId of p.areas) add("promiseAreas", {}, { promiseId: p.id, areaId });
    for (const partyId of p.parties) add("promiseParties", {}, { promiseId: p.id, partyId });
    for (const c of p.commitments) {
      const commitmentId = c.id;
      add("commitments", c, { promiseId: p.id });
      for (const partyId of c.responsibleParties) {
        add("commitmentParties", {}, { commitmentId, partyId, role: "responsible" });
      }
      for (const partyId of c.contributorParties) {
        add("commitmentParties", {}, { commitmentId, partyId, role: "contributor" });
      }
      for (const unitId of c.units) add("commitmentUnits", {}, { commitmentId, unitId });
      for (const goalId of c.goals) add("commitmentGoals", {}, { commitmentId, goalId });
      for (const [i, t] of c.targets.entries()) add("targets", t, { commitmentId, position: i + 1 });
    }
  }
  for (const p of d.periods) add("reportingPeriods", p, { partnershipId });
  for (const f of d.followUps) {
    add("followUps", f);
    for (const m of f.measurements) add("followUpMeasurements", m, { followUpId: f.id });
  }
  for (const r of d.reportBacks) {
    const reportId = r.id;
    add("reportBacks", r);
    for (const [i, x] of r.decisionItems.entries())
      add("reportDecisionItems", x, { reportId, position: i + 1 });
    for (const [i, x] of r.consultations.entries())
      add("reportConsultations", x, { reportId, position: i + 1 });
    for (const [i, x] of r.signatories.entries()) add("reportSignatories", x, { reportId, position: i + 1 });
    for (const [i, x] of r.distribution.entries())
      add("reportDistribution", x, { reportId, position: i + 1 });
    for (const [i, x] of r.links.entries()) add("reportLinks", x, { reportId, position: i + 1 });
  }
  return out;
}

/** The item's values for the table's columns (relations and `demo` dropped), over `implied`. */
function pickColumns(table: Table, item: object, implied: object): unknown {
  const values: Record<string, unknown> = { ...implied };
  for (const key of Object.keys(getTableColumns(table))) {
    if (key in item) values[key] = (item as Record<string, unknown>)[key];
  }
  return values;
}

function markersOf(table: Table, item: object): Insert<typeof demoTables.demoMarkers>[] {
  const { id, demo } = item as { id?: string; demo?: Record<string, string | undefined> };
  if (!demo) return [];
  const tableName = getTableName(table);
  if (typeof id !== "string") throw new Error(`demo notes on a ${tableName} object without an id`);
  const columns = getTableColumns(table);
  return Object.entries(demo).flatMap(([field, note]) => {
    if (note === undefined) return [];
    if (!(field in item))
      throw new Error(`demo note on ${tableName}.${field} (${id}), which the object does not set`);
    // A column is named as in SQL; a relation (e.g. a commitment's "goals") by its property name.
    return [{ tableName, rowId: id, field: columns[field]?.name ?? toSnakeCase(field), note }];
  });
}

const toSnakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
