import { count, eq, getTableColumns, like, type Table } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { accounts, roleGrants, roleGrantUnits } from "../accounts/accounts.schema.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import type { Executor, Tx } from "../platform/db/client.js";
import { DEMO_TABLES, type DemoRows } from "./dataset.js";

/** True when a partnership with this id exists. */
export async function partnershipExists(ex: Executor, id: string): Promise<boolean> {
  const rows = await ex
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(eq(partnerships.id, id))
    .limit(1);
  return rows.length > 0;
}

/**
 * Inserts a flattened dataset, table by table in foreign-key order (the order of `DEMO_TABLES`).
 * Returns the number of rows written per table.
 */
export async function insertDemoRows(tx: Tx, rows: DemoRows): Promise<Record<keyof DemoRows, number>> {
  const t = DEMO_TABLES;
  // One statement per table, written out so that each one is type-checked against its table.
  if (rows.partnerships.length) await tx.insert(t.partnerships).values(rows.partnerships);
  if (rows.parties.length) await tx.insert(t.parties).values(rows.parties);
  if (rows.units.length) await tx.insert(t.units).values(rows.units);
  if (rows.people.length) await tx.insert(t.people).values(rows.people);
  if (rows.areas.length) await tx.insert(t.areas).values(rows.areas);
  if (rows.areaClassifications.length)
    await tx.insert(t.areaClassifications).values(rows.areaClassifications);
  if (rows.councilGoalSets.length) await tx.insert(t.councilGoalSets).values(rows.councilGoalSets);
  if (rows.councilGoals.length) await tx.insert(t.councilGoals).values(rows.councilGoals);
  if (rows.agreements.length) await tx.insert(t.agreements).values(rows.agreements);
  if (rows.agreementParties.length) await tx.insert(t.agreementParties).values(rows.agreementParties);
  if (rows.agreementFocusProblems.length) {
    await tx.insert(t.agreementFocusProblems).values(rows.agreementFocusProblems);
  }
  if (rows.promises.length) await tx.insert(t.promises).values(rows.promises);
  if (rows.promiseAreas.length) await tx.insert(t.promiseAreas).values(rows.promiseAreas);
  if (rows.promiseParties.length) await tx.insert(t.promiseParties).values(rows.promiseParties);
  if (rows.commitments.length) await tx.insert(t.commitments).values(rows.commitments);
  if (rows.commitmentParties.length) await tx.insert(t.commitmentParties).values(rows.commitmentParties);
  if (rows.commitmentUnits.length) await tx.insert(t.commitmentUnits).values(rows.commitmentUnits);
  if (rows.commitmentGoals.length) await tx.insert(t.commitmentGoals).values(rows.commitmentGoals);
  if (rows.targets.length) await tx.insert(t.targets).values(rows.targets);
  if (rows.reportingPeriods.length) await tx.insert(t.reportingPeriods).values(rows.reportingPeriods);
  if (rows.followUps.length) await tx.insert(t.followUps).values(rows.followUps);
  if (rows.followUpMeasurements.length)
    await tx.insert(t.followUpMeasurements).values(rows.followUpMeasurements);
  if (rows.reportBacks.length) await tx.insert(t.reportBacks).values(rows.reportBacks);
  if (rows.reportDecisionItems.length)
    await tx.insert(t.reportDecisionItems).values(rows.reportDecisionItems);
  if (rows.reportConsultations.length)
    await tx.insert(t.reportConsultations).values(rows.reportConsultations);
  if (rows.reportSignatories.length) await tx.insert(t.reportSignatories).values(rows.reportSignatories);
  if (rows.reportDistribution.length) await tx.insert(t.reportDistribution).values(rows.reportDistribution);
  if (rows.reportLinks.length) await tx.insert(t.reportLinks).values(rows.reportLinks);
  if (rows.demoMarkers.length) await tx.insert(t.demoMarkers).values(rows.demoMarkers);
  return Object.fromEntries(Object.entries(rows).map(([key, list]) => [key, list.length])) as Record<
    keyof DemoRows,
    number
  >;
}

/** The accounts of a synthetic dataset (src/demo/synth.ts), inserted after the dataset's rows. */
export interface SynthAccountRows {
  accounts: (typeof accounts.$inferInsert)[];
  grants: (typeof roleGrants.$inferInsert)[];
  grantUnits: (typeof roleGrantUnits.$inferInsert)[];
}

/** PostgreSQL takes at most 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

/**
 * Bulk insert of a large flattened dataset: table by table in foreign-key order, each table in
 * statements of as many rows as the parameter limit allows. Returns the rows written per table.
 */
export async function insertRowsInChunks(
  tx: Tx,
  rows: DemoRows,
  extra: SynthAccountRows,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const insert = async (name: string, table: Table, list: Record<string, unknown>[]) => {
    if (list.length === 0) return;
    const columns = Object.keys(getTableColumns(table)).length;
    const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
    for (let i = 0; i < list.length; i += size)
      await tx.insert(table as PgTable).values(list.slice(i, i + size) as never);
    counts[name] = (counts[name] ?? 0) + list.length;
  };
  const markers = rows.demoMarkers;
  for (const [key, table] of Object.entries(DEMO_TABLES)) {
    if (key === "demoMarkers") continue;
    await insert(key, table, rows[key as keyof DemoRows] as Record<string, unknown>[]);
  }
  await insert("accounts", accounts, extra.accounts);
  await insert("roleGrants", roleGrants, extra.grants);
  await insert("roleGrantUnits", roleGrantUnits, extra.grantUnits);
  await insert("demoMarkers", DEMO_TABLES.demoMarkers, markers);
  return counts;
}

/** How many partnerships have a slug starting with `prefix` (the synthetic ones). */
export async function countSyntheticPartnerships(ex: Executor, prefix: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(partnerships)
    .where(like(partnerships.slug, `${prefix}%`));
  return row?.n ?? 0;
}
