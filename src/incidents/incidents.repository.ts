/** The incident module's SQL: settings, categories, raw reports, weekly counts and lägesbilder. */
import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import {
  incidentCategories,
  incidentReports,
  incidentSettings,
  incidentSituations,
  incidentWeeklyCounts,
} from "./incidents.schema.js";

export type SettingsRow = typeof incidentSettings.$inferSelect;
export type CategoryRow = typeof incidentCategories.$inferSelect;
export type ReportRow = typeof incidentReports.$inferSelect;
export type SituationRow = typeof incidentSituations.$inferSelect;

// --- settings ------------------------------------------------------------------------------------

export async function findSettings(ex: Executor, partnershipId: string): Promise<SettingsRow | null> {
  const [row] = await ex
    .select()
    .from(incidentSettings)
    .where(eq(incidentSettings.partnershipId, partnershipId));
  return row ?? null;
}

export async function insertSettings(
  ex: Executor,
  values: { partnershipId: string; rhythm: string; retentionMonths: number },
): Promise<SettingsRow | null> {
  const [row] = await ex
    .insert(incidentSettings)
    .values({ ...values, version: 2 })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function updateSettings(
  ex: Executor,
  partnershipId: string,
  version: number,
  values: { rhythm: string; retentionMonths: number },
): Promise<SettingsRow | null> {
  const [row] = await ex
    .update(incidentSettings)
    .set({ ...values, version: sql`${incidentSettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(incidentSettings.partnershipId, partnershipId), eq(incidentSettings.version, version)))
    .returning();
  return row ?? null;
}

/** Every partnership with its retention (months; 12 without settings). */
export function listRetentions(ex: Executor): Promise<{ partnershipId: string; retentionMonths: number }[]> {
  return queryRows(
    ex,
    sql`SELECT p.id AS "partnershipId", coalesce(s.retention_months, 12) AS "retentionMonths"
        FROM partnerships p LEFT JOIN incident_settings s ON s.partnership_id = p.id ORDER BY p.slug`,
  );
}

export async function listPartnershipIds(ex: Executor): Promise<string[]> {
  const rows = await ex.select({ id: partnerships.id }).from(partnerships).orderBy(asc(partnerships.slug));
  return rows.map((r) => r.id);
}

// --- categories ----------------------------------------------------------------------------------

export function listStoredCategories(ex: Executor, partnershipId: string): Promise<CategoryRow[]> {
  return ex
    .select()
    .from(incidentCategories)
    .where(eq(incidentCategories.partnershipId, partnershipId))
    .orderBy(asc(incidentCategories.position));
}

export async function insertCategory(
  ex: Executor,
  values: typeof incidentCategories.$inferInsert,
): Promise<CategoryRow> {
  const [row] = await ex.insert(incidentCategories).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function updateCategory(
  ex: Executor,
  partnershipId: string,
  key: string,
  version: number,
  values: { name: string; subcategories: string[]; active: boolean },
): Promise<CategoryRow | null> {
  const [row] = await ex
    .update(incidentCategories)
    .set({ ...values, version: sql`${incidentCategories.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(incidentCategories.partnershipId, partnershipId),
        eq(incidentCategories.key, key),
        eq(incidentCategories.version, version),
      ),
    )
    .returning();
  return row ?? null;
}

// --- areas and parties ---------------------------------------------------------------------------

export function listAreas(ex: Executor, partnershipId: string) {
  return ex
    .select({ id: areas.id, name: areas.name, geojson: areas.geojson })
    .from(areas)
    .where(eq(areas.partnershipId, partnershipId))
    .orderBy(asc(areas.name));
}

export function listPartyNames(ex: Executor, partnershipId: string) {
  return ex
    .select({ id: parties.id, name: parties.name })
    .from(parties)
    .where(eq(parties.partnershipId, partnershipId));
}

// --- reports -------------------------------------------------------------------------------------

export async function insertReport(
  ex: Executor,
  values: typeof incidentReports.$inferInsert,
): Promise<ReportRow> {
  const [row] = await ex.insert(incidentReports).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Reports of a partnership, newest first (only one reporter's when given). */
export function listReports(
  ex: Executor,
  partnershipId: string,
  options: { reporterAccountId?: string; limit?: number } = {},
): Promise<ReportRow[]> {
  const where = options.reporterAccountId
    ? and(
        eq(incidentReports.partnershipId, partnershipId),
        eq(incidentReports.reporterAccountId, options.reporterAccountId),
      )
    : eq(incidentReports.partnershipId, partnershipId);
  return ex
    .select()
    .from(incidentReports)
    .where(where)
    .orderBy(desc(incidentReports.occurredAt))
    .limit(options.limit ?? 500);
}

export async function weeksReportedBy(
  ex: Executor,
  partnershipId: string,
  accountId: string,
): Promise<string[]> {
  const rows = await ex
    .selectDistinct({ week: incidentReports.week })
    .from(incidentReports)
    .where(
      and(eq(incidentReports.partnershipId, partnershipId), eq(incidentReports.reporterAccountId, accountId)),
    )
    .orderBy(desc(incidentReports.week));
  return rows.map((r) => r.week);
}

export interface CountCell {
  week: string;
  areaId: string | null;
  categoryKey: string;
  count: number;
}

/**
 * Counts per week, area and category from the first week to the last (inclusive): the raw reports
 * and the weekly counts the retention job left of deleted ones, added together.
 */
export function countCells(
  ex: Executor,
  partnershipId: string,
  fromWeek: string,
  toWeek: string,
): Promise<CountCell[]> {
  return queryRows<CountCell>(
    ex,
    sql`SELECT week, "areaId", "categoryKey", sum(n)::int AS count FROM (
          SELECT week, area_id AS "areaId", category_key AS "categoryKey", count(*)::int AS n
            FROM incident_reports
           WHERE partnership_id = ${partnershipId} AND week BETWEEN ${fromWeek} AND ${toWeek}
           GROUP BY week, area_id, category_key
          UNION ALL
          SELECT week, area_id, category_key, count FROM incident_weekly_counts
           WHERE partnership_id = ${partnershipId} AND week BETWEEN ${fromWeek} AND ${toWeek}
        ) c GROUP BY week, "areaId", "categoryKey" ORDER BY week, "categoryKey"`,
  );
}

/** Every week's counts of a partnership (for the export). */
export function allCountCells(ex: Executor, partnershipId: string): Promise<CountCell[]> {
  return countCells(ex, partnershipId, "0000-W00", "9999-W99");
}

// --- retention -----------------------------------------------------------------------------------

/** Counts of the reports that happened before the cutoff (what the retention job folds in). */
export function countReportsBefore(ex: Executor, partnershipId: string, cutoff: Date): Promise<CountCell[]> {
  return queryRows<CountCell>(
    ex,
    sql`SELECT week, area_id AS "areaId", category_key AS "categoryKey", count(*)::int AS count
          FROM incident_reports WHERE partnership_id = ${partnershipId} AND occurred_at < ${cutoff}
         GROUP BY week, area_id, category_key ORDER BY week, category_key`,
  );
}

export async function addWeeklyCount(ex: Executor, partnershipId: string, cell: CountCell): Promise<void> {
  await ex
    .insert(incidentWeeklyCounts)
    .values({
      partnershipId,
      week: cell.week,
      areaId: cell.areaId,
      categoryKey: cell.categoryKey,
      count: cell.count,
    })
    .onConflictDoUpdate({
      target: [
        incidentWeeklyCounts.partnershipId,
        incidentWeeklyCounts.week,
        incidentWeeklyCounts.areaId,
        incidentWeeklyCounts.categoryKey,
      ],
      set: { count: sql`${incidentWeeklyCounts.count} + ${cell.count}`, updatedAt: new Date() },
    });
}

export async function deleteReportsBefore(
  ex: Executor,
  partnershipId: string,
  cutoff: Date,
): Promise<number> {
  const rows = await ex
    .delete(incidentReports)
    .where(and(eq(incidentReports.partnershipId, partnershipId), lt(incidentReports.occurredAt, cutoff)))
    .returning({ id: incidentReports.id });
  return rows.length;
}

// --- lägesbilder ---------------------------------------------------------------------------------

export async function findSituation(
  ex: Executor,
  partnershipId: string,
  week: string,
): Promise<SituationRow | null> {
  const [row] = await ex
    .select()
    .from(incidentSituations)
    .where(and(eq(incidentSituations.partnershipId, partnershipId), eq(incidentSituations.week, week)));
  return row ?? null;
}

export function listSituations(ex: Executor, partnershipId: string): Promise<SituationRow[]> {
  return ex
    .select()
    .from(incidentSituations)
    .where(eq(incidentSituations.partnershipId, partnershipId))
    .orderBy(desc(incidentSituations.week))
    .limit(104);
}

export async function insertSituation(
  ex: Executor,
  values: { partnershipId: string; week: string; data: unknown; compiledAt: Date },
): Promise<SituationRow> {
  const [row] = await ex.insert(incidentSituations).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** New figures for a draft (a shared lägesbild keeps the figures it was shared with). */
export async function updateSituationData(
  ex: Executor,
  id: string,
  data: unknown,
  compiledAt: Date,
): Promise<SituationRow | null> {
  const [row] = await ex
    .update(incidentSituations)
    .set({ data, compiledAt, version: sql`${incidentSituations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(incidentSituations.id, id), eq(incidentSituations.state, "draft")))
    .returning();
  return row ?? null;
}

export async function updateSituation(
  ex: Executor,
  id: string,
  version: number,
  values: { assessment?: string; state?: "shared"; sharedAt?: Date; publishedAt?: Date | null },
): Promise<SituationRow | null> {
  const [row] = await ex
    .update(incidentSituations)
    .set({ ...values, version: sql`${incidentSituations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(incidentSituations.id, id), eq(incidentSituations.version, version)))
    .returning();
  return row ?? null;
}
