/**
 * The statutory lägesbild and åtgärdsplan (lag 2023:196): a yearly lägesbild per partnership (the
 * municipality with its police area) of problems with analysis, evidence and the police's figures,
 * and an åtgärdsplan whose measures each answer one or more problems and, where they are in a
 * promise, its points. Measures are followed up per reporting period (the round's periods); a
 * measure that is a promise point shows the point's approved follow-up. Problems without a measure
 * and measures without a problem are flagged.
 */

import { loadIndicatorFigures } from "../indicators/indicator-figures.js";
import { findPartnership, findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import { findPeriodByCode, listPeriods } from "../periods/periods.repository.js";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { IdSchema } from "../platform/http/schemas.js";
import { pickText } from "../platform/i18n/localized-text.js";
import type { Viewer } from "../platform/viewer.js";
import { atgardsplanDocument, type Evidence, lagesbildDocument } from "./prevention.documents.js";
import { preventionPolicy } from "./prevention.policy.js";
import * as repo from "./prevention.repository.js";
import type {
  Assessment,
  AssessmentTextsInput,
  MeasureFollowUpInput,
  MeasureInput,
  ProblemInput,
} from "./prevention.types.js";

export interface PreventionScope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

const notFound = (partnershipId: string) => ({ entity: "partnership", value: partnershipId });

function authorize(scope: PreventionScope, action: "read" | "edit") {
  preventionPolicy.authorize(
    scope.viewer,
    action,
    { partnershipId: scope.partnershipId },
    notFound(scope.partnershipId),
  );
}

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new AppError("not_found", { entity: "assessment", value: String(year) });
}

/** The years that have a lägesbild, newest first. */
export async function listAssessmentYears(scope: PreventionScope) {
  authorize(scope, "read");
  return (await repo.listAssessmentYears(scope.db, scope.partnershipId)).map((r) => r.year);
}

/** The lägesbild and åtgärdsplan of a year (empty, version 0, before anything is written). */
export async function getAssessment(scope: PreventionScope & { year: number }): Promise<Assessment> {
  authorize(scope, "read");
  checkYear(scope.year);
  const row = await repo.findAssessment(scope.db, scope.partnershipId, scope.year);
  if (!row) {
    return {
      id: null,
      year: scope.year,
      summary: "",
      planSummary: "",
      version: 0,
      problems: [],
      measures: [],
      flags: { problemsWithoutMeasure: [], measuresWithoutProblem: [] },
    };
  }
  return assemble(scope.db, row);
}

async function assemble(ex: Executor, row: repo.AssessmentRow): Promise<Assessment> {
  const [problems, measures] = await Promise.all([
    repo.listProblems(ex, row.id),
    repo.listMeasures(ex, row.id),
  ]);
  const measureIds = measures.map((m) => m.id);
  const [problemLinks, pointLinks, ownFollowUps] = await Promise.all([
    repo.listMeasureProblemLinks(ex, measureIds),
    repo.listMeasureCommitmentLinks(ex, measureIds),
    repo.listMeasureFollowUps(ex, measureIds),
  ]);
  const pointFollowUps = await repo.listApprovedPointFollowUps(ex, [
    ...new Set(pointLinks.map((l) => l.commitmentId)),
  ]);
  const problemIdsOf = (measureId: string) =>
    problemLinks.filter((l) => l.measureId === measureId).map((l) => l.problemId);
  const measuresOfProblem = (problemId: string) =>
    problemLinks.filter((l) => l.problemId === problemId).map((l) => l.measureId);

  return {
    id: row.id,
    year: row.year,
    summary: row.summary,
    planSummary: row.planSummary,
    version: row.version,
    problems: problems.map((p) => ({
      id: p.id,
      title: p.title,
      category: p.category as Assessment["problems"][number]["category"],
      areaId: p.areaId,
      areaName: p.areaName,
      analysis: p.analysis,
      evidence: p.evidence,
      policeFigures: p.policeFigures,
      measureIds: measuresOfProblem(p.id),
      version: p.version,
    })),
    measures: measures.map((m) => {
      const points = pointLinks.filter((l) => l.measureId === m.id);
      const own = ownFollowUps.filter((f) => f.measureId === m.id);
      const pointIds = new Set(points.map((p) => p.commitmentId));
      const ofPoints = pointFollowUps.filter((f) => pointIds.has(f.commitmentId) && f.status);
      const latestOwn = own.at(-1);
      const latestPoint = ofPoints.at(-1);
      // A measure that is a promise point is followed up through the point's approved follow-up.
      const latest =
        latestPoint && (!latestOwn || latestPoint.period >= latestOwn.period)
          ? {
              period: latestPoint.period,
              status: latestPoint.status as Assessment["measures"][number]["followUps"][number]["status"],
              narrative: latestPoint.narrative ? pickText(latestPoint.narrative, "sv").text : "",
              source: "point" as const,
            }
          : latestOwn
            ? {
                period: latestOwn.period,
                status: latestOwn.status as Assessment["measures"][number]["followUps"][number]["status"],
                narrative: latestOwn.narrative,
                source: "measure" as const,
              }
            : null;
      return {
        id: m.id,
        title: m.title,
        description: m.description,
        responsiblePartyId: m.responsiblePartyId,
        responsiblePartyName: m.responsiblePartyName,
        dueOn: m.dueOn,
        problemIds: problemIdsOf(m.id),
        commitments: points.map((p) => ({
          id: p.commitmentId,
          label: `${p.promiseRef} punkt ${p.number}: ${pickText(p.text, "sv").text}`,
          promiseRef: p.promiseRef,
        })),
        latest,
        followUps: own.map((f) => ({
          period: f.period,
          status: f.status as Assessment["measures"][number]["followUps"][number]["status"],
          narrative: f.narrative,
          version: f.version,
        })),
        version: m.version,
      };
    }),
    flags: {
      problemsWithoutMeasure: problems.filter((p) => measuresOfProblem(p.id).length === 0).map((p) => p.id),
      measuresWithoutProblem: measures.filter((m) => problemIdsOf(m.id).length === 0).map((m) => m.id),
    },
  };
}

/** The partnership of an address as a scope (404 when there is none; the policy decides the rest). */
export async function preventionScopeOf(db: Db, viewer: Viewer, slug: string): Promise<PreventionScope> {
  const partnership = await findPartnershipBySlug(db, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  return { db, viewer, partnershipId: partnership.id };
}

/** What the forms offer: areas, parties, promise points, and the open periods (codes) for follow-ups. */
export async function getChoices(scope: PreventionScope) {
  authorize(scope, "read");
  const [choices, periods] = await Promise.all([
    repo.listChoices(scope.db, scope.partnershipId),
    listPeriods(scope.db, scope.partnershipId),
  ]);
  return { ...choices, openPeriods: periods.filter((p) => !p.closedAt).map((p) => p.code) };
}

/** Refuses an area, a party, a problem or a point that is not the partnership's (or the year's). */
async function checkReferences(
  ex: Executor,
  scope: PreventionScope,
  refs: { areaId?: string | null; partyId?: string | null; problemIds?: string[]; commitmentIds?: string[] },
  assessmentId: string | null,
) {
  const choices = await repo.listChoices(ex, scope.partnershipId);
  const bad = (param: string, value: string) => {
    throw new AppError("invalid_body", { param, value }, { fields: { [param]: "unknown_reference" } });
  };
  if (refs.areaId && !choices.areas.some((a) => a.id === refs.areaId)) bad("areaId", refs.areaId);
  if (refs.partyId && !choices.parties.some((p) => p.id === refs.partyId))
    bad("responsiblePartyId", refs.partyId);
  for (const id of refs.commitmentIds ?? [])
    if (!choices.points.some((p) => p.id === id)) bad("commitmentIds", id);
  if ((refs.problemIds ?? []).length > 0) {
    const problems = assessmentId ? await repo.listProblems(ex, assessmentId) : [];
    for (const id of refs.problemIds ?? []) if (!problems.some((p) => p.id === id)) bad("problemIds", id);
  }
}

const conflict = (entity: string, details?: Record<string, unknown>) =>
  new AppError("conflict", { entity }, details);

/** The lägesbild's summary and the åtgärdsplan's introduction (version 0: the first write). */
export async function saveAssessmentTexts(
  scope: PreventionScope & { year: number; input: AssessmentTextsInput },
) {
  authorize(scope, "edit");
  checkYear(scope.year);
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const existing = await repo.findAssessment(tx, scope.partnershipId, scope.year);
    const created = existing ?? (await repo.ensureAssessment(tx, scope.partnershipId, scope.year));
    const current = await repo.lockAssessment(tx, created.id);
    // A form shows version 0 before the year's lägesbild exists; the first save creates it (version 1).
    const expected = existing ? scope.input.version : scope.input.version === 0 ? 1 : -1;
    const after = await repo.updateAssessmentTexts(tx, created.id, expected, {
      summary: scope.input.summary,
      planSummary: scope.input.planSummary,
    });
    if (!after)
      throw conflict("assessment", {
        current: current
          ? { summary: current.summary, planSummary: current.planSummary, version: current.version }
          : null,
      });
    audit({
      action: "assessment.texts_saved",
      entityType: "assessment",
      entityId: after.id,
      partnershipId: scope.partnershipId,
      before: current ? { summary: current.summary, planSummary: current.planSummary } : null,
      after: { summary: after.summary, planSummary: after.planSummary },
    });
    return after;
  });
}

export async function addProblem(scope: PreventionScope & { year: number; input: ProblemInput }) {
  authorize(scope, "edit");
  checkYear(scope.year);
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const assessment = await repo.ensureAssessment(tx, scope.partnershipId, scope.year);
    await checkReferences(tx, scope, { areaId: scope.input.areaId }, assessment.id);
    const row = await repo.insertProblem(tx, assessment.id, scope.input);
    await repo.touchAssessment(tx, assessment.id);
    audit({
      action: "assessment.problem_added",
      entityType: "assessment_problem",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      after: scope.input,
    });
    return row;
  });
}

/** An id the API would accept (the one UUID rule: `IdSchema`). */
const isId = (id: string) => IdSchema.safeParse(id).success;

/** A problem of the partnership's lägesbild, or 404 (an id that is not a UUID names none). */
async function problemOf(ex: Executor, scope: PreventionScope, problemId: string) {
  const problem = isId(problemId) ? await repo.findProblem(ex, problemId) : null;
  const assessment = problem ? await repo.lockAssessment(ex, problem.assessmentId) : null;
  if (!problem || !assessment || assessment.partnershipId !== scope.partnershipId)
    throw new AppError("not_found", { entity: "problem", value: problemId });
  return { problem, assessment };
}

export async function changeProblem(
  scope: PreventionScope & { problemId: string; input: ProblemInput & { version: number } },
) {
  authorize(scope, "edit");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const { problem, assessment } = await problemOf(tx, scope, scope.problemId);
    const { version, ...values } = scope.input;
    await checkReferences(tx, scope, { areaId: values.areaId }, assessment.id);
    const after = await repo.updateProblem(tx, problem.id, version, values);
    if (!after) throw conflict("problem", { current: { ...problem, policeFigures: problem.policeFigures } });
    await repo.touchAssessment(tx, assessment.id);
    audit({
      action: "assessment.problem_changed",
      entityType: "assessment_problem",
      entityId: problem.id,
      partnershipId: scope.partnershipId,
      before: problem,
      after,
    });
    return after;
  });
}

export async function removeProblem(
  scope: PreventionScope & { problemId: string; version: number | undefined },
) {
  authorize(scope, "edit");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const { problem, assessment } = await problemOf(tx, scope, scope.problemId);
    // The version read is required; asked after the lookup so an unknown problem is 404 first.
    if (scope.version === undefined) throw new AppError("invalid_query", { param: "version", value: "" });
    const removed = await repo.deleteProblem(tx, problem.id, scope.version);
    if (!removed) throw conflict("problem");
    await repo.touchAssessment(tx, assessment.id);
    audit({
      action: "assessment.problem_removed",
      entityType: "assessment_problem",
      entityId: problem.id,
      partnershipId: scope.partnershipId,
      before: problem,
    });
    return { id: problem.id };
  });
}

const measureValues = (input: MeasureInput) => ({
  title: input.title,
  description: input.description,
  responsiblePartyId: input.responsiblePartyId,
  dueOn: input.dueOn,
});

export async function addMeasure(scope: PreventionScope & { year: number; input: MeasureInput }) {
  authorize(scope, "edit");
  checkYear(scope.year);
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const assessment = await repo.ensureAssessment(tx, scope.partnershipId, scope.year);
    const { input } = scope;
    await checkReferences(
      tx,
      scope,
      { partyId: input.responsiblePartyId, problemIds: input.problemIds, commitmentIds: input.commitmentIds },
      assessment.id,
    );
    const row = await repo.insertMeasure(tx, assessment.id, measureValues(input));
    await repo.setMeasureLinks(tx, row.id, unique(input.problemIds), unique(input.commitmentIds));
    await repo.touchAssessment(tx, assessment.id);
    audit({
      action: "assessment.measure_added",
      entityType: "action_measure",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      after: input,
    });
    return row;
  });
}

const unique = (ids: string[]) => [...new Set(ids)];

async function measureOf(ex: Executor, scope: PreventionScope, measureId: string) {
  const measure = isId(measureId) ? await repo.findMeasure(ex, measureId) : null;
  const assessment = measure ? await repo.lockAssessment(ex, measure.assessmentId) : null;
  if (!measure || !assessment || assessment.partnershipId !== scope.partnershipId)
    throw new AppError("not_found", { entity: "measure", value: measureId });
  return { measure, assessment };
}

export async function changeMeasure(
  scope: PreventionScope & { measureId: string; input: MeasureInput & { version: number } },
) {
  authorize(scope, "edit");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const { measure, assessment } = await measureOf(tx, scope, scope.measureId);
    const { version, ...input } = scope.input;
    await checkReferences(
      tx,
      scope,
      { partyId: input.responsiblePartyId, problemIds: input.problemIds, commitmentIds: input.commitmentIds },
      assessment.id,
    );
    const after = await repo.updateMeasure(tx, measure.id, version, measureValues(input));
    if (!after) throw conflict("measure");
    await repo.setMeasureLinks(tx, measure.id, unique(input.problemIds), unique(input.commitmentIds));
    await repo.touchAssessment(tx, assessment.id);
    audit({
      action: "assessment.measure_changed",
      entityType: "action_measure",
      entityId: measure.id,
      partnershipId: scope.partnershipId,
      before: measure,
      after: input,
    });
    return after;
  });
}

/**
 * A measure's status in a reporting period, by its owners (the round's point-ownership rule), the
 * samordnare and the administratör (`prevention.followUp`); a closed period takes no follow-up, nor
 * does a measure that is a promise point (409).
 */
export async function recordMeasureFollowUp(
  scope: PreventionScope & { measureId: string; input: MeasureFollowUpInput },
) {
  authorize(scope, "read");
  const ownership = isId(scope.measureId) ? await repo.findMeasureOwnership(scope.db, scope.measureId) : null;
  if (!ownership || ownership.partnershipId !== scope.partnershipId)
    throw new AppError("not_found", { entity: "measure", value: scope.measureId });
  preventionPolicy.authorize(scope.viewer, "followUp", ownership, notFound(scope.partnershipId));
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const { measure } = await measureOf(tx, scope, scope.measureId);
    // A measure that is a promise point is followed up through the point (nobody reports twice).
    if ((await repo.listMeasureCommitmentLinks(tx, [measure.id])).length > 0)
      throw new AppError("transition_refused", { entity: "measure_is_point" });
    const period = await findPeriodByCode(tx, scope.partnershipId, scope.input.period);
    if (!period)
      throw new AppError(
        "invalid_body",
        { param: "period", value: scope.input.period },
        { fields: { period: "unknown_period" } },
      );
    if (period.closedAt)
      throw new AppError("transition_refused", { entity: "period_closed", period: period.code });
    const before = await repo.findMeasureFollowUp(tx, measure.id, period.id);
    const { readPeriod } = scope.input;
    const read = readPeriod === undefined || readPeriod === period.code ? scope.input.version : 0;
    const expected = before ? read : 0;
    if (before && before.version !== read) throw conflict("measure_follow_up");
    if (!before && read !== 0) throw conflict("measure_follow_up");
    const accountId = scope.viewer.kind === "account" ? scope.viewer.accountId : null;
    const row = await repo.upsertMeasureFollowUp(
      tx,
      {
        measureId: measure.id,
        periodId: period.id,
        status: scope.input.status,
        narrative: scope.input.narrative,
        updatedBy: accountId,
      },
      expected,
    );
    if (!row) throw conflict("measure_follow_up");
    audit({
      action: "assessment.measure_followed_up",
      entityType: "action_measure",
      entityId: measure.id,
      partnershipId: scope.partnershipId,
      before,
      after: row,
    });
    return row;
  });
}

/** The lägesbild or the åtgärdsplan of a year as a document model (the report-back's renderers print it). */
export async function buildPreventionDocument(
  scope: PreventionScope & { year: number; document: "lagesbild" | "atgardsplan"; today: string },
) {
  const assessment = await getAssessment(scope);
  const partnership = await findPartnership(scope.db, scope.partnershipId);
  if (!partnership) throw new AppError("not_found", notFound(scope.partnershipId));
  const ctx = {
    municipality: partnership.municipalityName,
    partnershipName: partnership.name,
    today: scope.today,
  };
  if (scope.document === "atgardsplan") return atgardsplanDocument(assessment, ctx);
  return lagesbildDocument(assessment, ctx, await readEvidence(scope.db, scope.partnershipId, scope.year));
}

/**
 * The evidence of a year (the caller has authorized prevention.read; only counts leave here):
 * survey indicators, the year's incident reports, and the dialogues and walks of the year and the
 * one before (a lägesbild written early in a year rests on last year's dialogues).
 */
async function readEvidence(ex: Executor, partnershipId: string, year: number): Promise<Evidence> {
  const from = `${year - 1}-01-01`;
  const to = `${year}-12-31`;
  const [indicators, incidents, dialogues, walks] = await Promise.all([
    loadIndicatorFigures(ex, partnershipId),
    repo.incidentCounts(ex, partnershipId, year),
    repo.dialogueFindingCounts(ex, partnershipId, from, to),
    repo.walkFindingCounts(ex, partnershipId, from, to),
  ]);
  return { indicators, incidents, dialogues, walks, span: `${year - 1}–${year}` };
}
