import { and, asc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { followUps } from "../followups/followups.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import type { Executor } from "../platform/db/client.js";
import type { LocalizedText, TranslationLocale } from "../platform/i18n/localized-text.js";
import { PUBLIC_REPORT_STATUSES } from "../publishing/publishing.policy.js";
import { reportBacks } from "../reports/reports.schema.js";
import { commitments, promises } from "./promises.schema.js";
import { translationSources } from "./translations.schema.js";

export type TranslationSourceRow = typeof translationSources.$inferSelect;
export type TranslatableEntity = "promise" | "commitment" | "follow_up" | "report_back";

/** The promise's points (number order) with their texts. */
export function listPointTexts(ex: Executor, promiseId: string) {
  return ex
    .select({ id: commitments.id, number: commitments.number, text: commitments.text })
    .from(commitments)
    .where(eq(commitments.promiseId, promiseId))
    .orderBy(asc(commitments.number));
}

/** The results residents read: narratives of the promise's approved follow-ups. */
export function listApprovedNarratives(ex: Executor, promiseId: string) {
  return ex
    .select({
      id: followUps.id,
      number: commitments.number,
      period: reportingPeriods.code,
      narrative: followUps.narrative,
    })
    .from(followUps)
    .innerJoin(commitments, eq(commitments.id, followUps.commitmentId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, followUps.periodId))
    .where(
      and(
        eq(commitments.promiseId, promiseId),
        eq(followUps.state, "approved"),
        isNotNull(followUps.narrative),
      ),
    )
    .orderBy(asc(commitments.number), asc(reportingPeriods.startsOn));
}

/**
 * The summaries (ärendet) of the promise's published report-back editions, which residents read
 * on the promise page. A decided edition's Swedish never changes; its translations may be added.
 */
export function listPublishedReportSummaries(ex: Executor, promiseId: string) {
  return ex
    .select({ id: reportBacks.id, edition: reportBacks.edition, matter: reportBacks.matter })
    .from(reportBacks)
    .where(and(eq(reportBacks.promiseId, promiseId), inArray(reportBacks.status, PUBLIC_REPORT_STATUSES)))
    .orderBy(asc(reportBacks.edition));
}

export function listTranslationSources(ex: Executor, promiseId: string): Promise<TranslationSourceRow[]> {
  return ex.select().from(translationSources).where(eq(translationSources.promiseId, promiseId));
}

/** The content columns a translation may be written to, by entity and field (their SQL names). */
const COLUMNS = {
  promise: { table: promises, fields: { title: "title", background: "background", how_made: "howMade" } },
  commitment: { table: commitments, fields: { text: "text" } },
  follow_up: { table: followUps, fields: { narrative: "narrative" } },
  report_back: { table: reportBacks, fields: { matter: "matter" } },
} as const;

/**
 * Writes one language of one text into its content column (the other languages untouched); a
 * blank text removes the language. Returns the text as stored.
 */
export async function writeTranslation(
  ex: Executor,
  at: { entityType: TranslatableEntity; entityId: string; field: string; locale: TranslationLocale },
  text: string,
): Promise<LocalizedText | null> {
  const target = COLUMNS[at.entityType];
  const property = (target.fields as Record<string, string>)[at.field];
  if (!property) throw new Error(`no translatable field ${at.entityType}.${at.field}`);
  const table = target.table as typeof promises;
  const column = (table as unknown as Record<string, typeof promises.background>)[property];
  if (!column) throw new Error(`no column ${property}`);
  const value =
    text === ""
      ? sql`${column} - ${at.locale}::text`
      : sql`coalesce(${column}, '{}'::jsonb) || jsonb_build_object(${at.locale}::text, ${text}::text)`;
  const [row] = await ex
    .update(table)
    .set({ [property]: value } as never)
    .where(eq(table.id, at.entityId))
    .returning({ value: column });
  return (row?.value as LocalizedText | null | undefined) ?? null;
}

/** Records (or, with `hash` null, forgets) the Swedish a translation was made from. */
export async function saveTranslationSource(
  ex: Executor,
  row: Omit<TranslationSourceRow, "savedAt" | "sourceHash"> & { sourceHash: string | null },
): Promise<void> {
  const key = and(
    eq(translationSources.entityType, row.entityType),
    eq(translationSources.entityId, row.entityId),
    eq(translationSources.field, row.field),
    eq(translationSources.locale, row.locale),
  );
  if (row.sourceHash === null) {
    await ex.delete(translationSources).where(key);
    return;
  }
  await ex
    .insert(translationSources)
    .values({ ...row, sourceHash: row.sourceHash })
    .onConflictDoUpdate({
      target: [
        translationSources.entityType,
        translationSources.entityId,
        translationSources.field,
        translationSources.locale,
      ],
      set: { sourceHash: row.sourceHash, savedAt: new Date() },
    });
}
