/**
 * Import of a survey results file (CSV). All or nothing: every row is checked — values, the
 * partnership's areas, an indicator's kind against the one stored — and any problem refuses the
 * whole file (`import_refused`, details = every issue by row and column, in Swedish "Rad 7, kolumn
 * värde: …"); nothing is written. A check (`dryRun`) runs the same checks and says what the import
 * would do. Values are matched by indicator + area + year + group + age band: a new one is added,
 * a changed one replaced, an unchanged one left alone; values missing from the file are kept.
 */
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import {
  decodeCsv,
  headerOf,
  type ImportIssue,
  KIND_WORD,
  type ParsedValue,
  parseIndicatorCsv,
} from "./indicator-csv.js";
import { indicatorsPolicy } from "./indicators.policy.js";
import {
  insertIndicator,
  insertValue,
  listAreaNames,
  listIndicatorRows,
  listValueRows,
  updateIndicatorDescription,
  updateValue,
} from "./indicators.repository.js";
import type { IndicatorImportResult } from "./indicators.types.js";

function refuse(issues: ImportIssue[]): AppError {
  const sorted = [...issues].sort((a, b) => a.row - b.row);
  return new AppError("import_refused", { count: sorted.length }, sorted);
}

interface Plan {
  values: (ParsedValue & { areaId: string })[];
  rows: number;
}

/** Parses and checks the file against the partnership's areas and indicators; throws when any row is wrong. */
async function planImport(ex: Executor, partnershipId: string, file: Uint8Array): Promise<Plan> {
  const text = decodeCsv(file);
  if (text === null) throw refuse([{ row: 1, column: "", code: "unreadable" }]);
  const parsed = parseIndicatorCsv(text);
  const issues = [...parsed.issues];
  const [areaRows, indicators] = await Promise.all([
    listAreaNames(ex, partnershipId),
    listIndicatorRows(ex, partnershipId),
  ]);
  const areaByName = new Map(areaRows.map((a) => [a.name.toLowerCase(), a.id]));
  const kindOf = new Map(indicators.map((i) => [i.name.toLowerCase(), i.kind]));
  const values: Plan["values"] = [];
  for (const v of parsed.values) {
    const areaId = areaByName.get(v.areaName.toLowerCase());
    const stored = kindOf.get(v.indicator.toLowerCase());
    if (!areaId)
      issues.push({
        row: v.rowNumber,
        column: headerOf("area"),
        code: "unknown_area",
        params: { value: v.areaName },
      });
    if (stored && stored !== v.kind)
      issues.push({
        row: v.rowNumber,
        column: headerOf("kind"),
        code: "kind_stored",
        params: { indicator: v.indicator, kind: KIND_WORD[stored as "index" | "percent"] },
      });
    if (areaId) values.push({ ...v, areaId });
  }
  if (issues.length > 0) throw refuse(issues);
  return { values, rows: parsed.rows };
}

export async function importIndicatorCsv(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  file: Uint8Array;
  /** Check only: nothing is written. */
  dryRun?: boolean;
}): Promise<IndicatorImportResult> {
  const { db, viewer, partnershipId } = options;
  // Before the file is looked at: may this viewer import at all (404 / 403)?
  indicatorsPolicy.authorize(
    viewer,
    "import",
    { partnershipId },
    { entity: "partnership", value: partnershipId },
  );
  const run = async (ex: Executor, write: ((v: Plan) => Promise<IndicatorImportResult>) | null) => {
    const plan = await planImport(ex, partnershipId, options.file);
    if (write) return write(plan);
    return summarize(ex, partnershipId, plan, true);
  };
  if (options.dryRun) return run(db, null);
  return mutate(db, actorOf(viewer), async (tx, audit) =>
    run(tx, async (plan) => {
      const result = await summarize(tx, partnershipId, plan, false);
      const indicators = await listIndicatorRows(tx, partnershipId);
      const idOf = new Map(indicators.map((i) => [i.name.toLowerCase(), i.id]));
      const described = new Map(indicators.map((i) => [i.id, i.description]));
      for (const v of plan.values) {
        let indicatorId = idOf.get(v.indicator.toLowerCase());
        if (!indicatorId) {
          const row = await insertIndicator(tx, {
            partnershipId,
            name: v.indicator,
            kind: v.kind,
            description: v.description,
            // The index is always lower-is-better; a share says so in its riktning column.
            lowerIsBetter: v.lowerIsBetter ? 1 : 0,
          });
          indicatorId = row.id;
          idOf.set(v.indicator.toLowerCase(), row.id);
          described.set(row.id, row.description);
          audit({
            action: "survey_indicator.created",
            entityType: "survey_indicator",
            entityId: row.id,
            partnershipId,
            after: row,
          });
        } else if (v.description && described.get(indicatorId) !== v.description) {
          await updateIndicatorDescription(tx, indicatorId, v.description);
          described.set(indicatorId, v.description);
        }
      }
      const existing = await listValueRows(tx, partnershipId);
      for (const v of plan.values) {
        const indicatorId = idOf.get(v.indicator.toLowerCase()) as string;
        const before = existing.find(
          (e) =>
            e.indicatorId === indicatorId &&
            e.areaId === v.areaId &&
            e.year === v.year &&
            e.gender === v.gender &&
            e.ageBand === v.ageBand,
        );
        const values = { value: v.value, respondents: v.respondents, source: v.source };
        if (!before)
          await insertValue(tx, {
            indicatorId,
            areaId: v.areaId,
            year: v.year,
            gender: v.gender,
            ageBand: v.ageBand,
            ...values,
          });
        else if (
          before.value !== v.value ||
          before.respondents !== v.respondents ||
          before.source !== v.source
        )
          await updateValue(tx, before.id, values);
      }
      audit({
        action: "survey_indicators.imported",
        entityType: "partnership",
        entityId: partnershipId,
        partnershipId,
        after: result,
      });
      return result;
    }),
  );
}

/** What the import does (or would do) with the checked rows. */
async function summarize(
  ex: Executor,
  partnershipId: string,
  plan: Plan,
  dryRun: boolean,
): Promise<IndicatorImportResult> {
  const [indicators, existing] = await Promise.all([
    listIndicatorRows(ex, partnershipId),
    listValueRows(ex, partnershipId),
  ]);
  const known = new Map(indicators.map((i) => [i.name.toLowerCase(), i.id]));
  const created = new Set<string>();
  const result: IndicatorImportResult = {
    dryRun,
    rows: plan.rows,
    indicatorsCreated: [],
    valuesCreated: 0,
    valuesUpdated: 0,
    valuesUnchanged: 0,
  };
  for (const v of plan.values) {
    const id = known.get(v.indicator.toLowerCase());
    if (!id && !created.has(v.indicator.toLowerCase())) {
      created.add(v.indicator.toLowerCase());
      result.indicatorsCreated.push(v.indicator);
    }
    const before = id
      ? existing.find(
          (e) =>
            e.indicatorId === id &&
            e.areaId === v.areaId &&
            e.year === v.year &&
            e.gender === v.gender &&
            e.ageBand === v.ageBand,
        )
      : undefined;
    if (!before) result.valuesCreated += 1;
    else if (before.value !== v.value || before.respondents !== v.respondents || before.source !== v.source)
      result.valuesUpdated += 1;
    else result.valuesUnchanged += 1;
  }
  return result;
}
