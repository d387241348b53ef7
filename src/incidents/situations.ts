/**
 * The weekly lägesbild: compiled by the Monday job (last week, every partnership with incidents in
 * the window) or on demand (`incidents.compile`), assessed (`assess`) and shared (`share`) by the
 * coordinator; a shared one is read by every member (`readSituation`), with counts from 1 to 4
 * hidden for anyone who may not read raw reports. A shared lägesbild keeps its figures.
 */
import type { Executor } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { checkBoundary } from "../platform/maps/geojson.js";
import type { Viewer } from "../platform/viewer.js";
import { type IncidentScope, loadCategories } from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";
import { compileSituation, type SituationData, viewSituation, windowOf } from "./situation-model.js";
import { isWeek, weekName } from "./weeks.js";

const notFound = (id: string) => ({ entity: "partnership", value: id });

function checkWeek(week: string) {
  if (!isWeek(week)) throw new AppError("bad_request", { param: "week", value: week });
}

/** True when the viewer sees exact counts (may read every raw report). */
export function seesExactCounts(viewer: Viewer, partnershipId: string): boolean {
  return incidentsPolicy.allows(viewer, "readReports", { partnershipId, mine: false });
}

/**
 * Compiles (or compiles again) a week's lägesbild inside a transaction. A shared one is left as
 * it is (`kept`). Audited.
 */
export async function compileWeek(
  tx: Executor,
  audit: Audit,
  partnershipId: string,
  week: string,
  now: Date,
): Promise<{ outcome: "created" | "updated" | "kept"; row: repo.SituationRow }> {
  const weeks = windowOf(week);
  const [cells, categories, areas, existing] = await Promise.all([
    repo.countCells(tx, partnershipId, weeks[0] as string, week),
    loadCategories(tx, partnershipId),
    repo.listAreas(tx, partnershipId),
    repo.findSituation(tx, partnershipId, week),
  ]);
  if (existing?.state === "shared") return { outcome: "kept", row: existing };
  const data = compileSituation(week, cells, categories, areas);
  const row = existing
    ? await repo.updateSituationData(tx, existing.id, data, now)
    : await repo.insertSituation(tx, { partnershipId, week, data, compiledAt: now });
  if (!row) throw new AppError("conflict", { entity: "incident_situation", value: week });
  const total = data.cells.filter((c) => c.week === week).reduce((s, c) => s + c.count, 0);
  audit({
    action: "incident.situation_compiled",
    entityType: "incident_situation",
    entityId: row.id,
    partnershipId,
    after: { week, total, cells: data.cells.length },
  });
  return { outcome: existing ? "updated" : "created", row };
}

export async function compileSituationNow(scope: IncidentScope & { week: string; now?: Date }) {
  checkWeek(scope.week);
  incidentsPolicy.authorize(scope.viewer, "compile", scope, notFound(scope.partnershipId));
  const existing = await repo.findSituation(scope.db, scope.partnershipId, scope.week);
  if (existing?.state === "shared")
    throw new AppError("transition_refused", { entity: "incident_situation_shared", value: scope.week });
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const { row } = await compileWeek(tx, audit, scope.partnershipId, scope.week, scope.now ?? new Date());
    return present(scope, row);
  });
}

async function present(scope: IncidentScope, row: repo.SituationRow, locale = "sv") {
  const view = viewSituation(row.data as SituationData, !seesExactCounts(scope.viewer, scope.partnershipId));
  return {
    week: row.week,
    name: weekName(row.week, locale),
    state: row.state as "draft" | "shared",
    compiledAt: row.compiledAt.toISOString(),
    assessment: row.assessment,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    ...view,
  };
}

export type SituationModel = Awaited<ReturnType<typeof present>>;

async function loadForRead(scope: IncidentScope & { week: string }) {
  checkWeek(scope.week);
  // Membership first: nobody outside the partnership learns whether a week exists.
  incidentsPolicy.authorize(
    scope.viewer,
    "readSituation",
    { ...scope, shared: true },
    notFound(scope.partnershipId),
  );
  const row = await repo.findSituation(scope.db, scope.partnershipId, scope.week);
  if (!row) throw new AppError("not_found", { entity: "incident_situation", value: scope.week });
  incidentsPolicy.authorize(
    scope.viewer,
    "readSituation",
    { ...scope, shared: row.state === "shared" },
    notFound(scope.partnershipId),
  );
  return row;
}

/** One week's lägesbild as the viewer may see it, with the areas' boundaries for the map. */
export async function getSituation(scope: IncidentScope & { week: string; locale?: string }) {
  const row = await loadForRead(scope);
  const areas = await repo.listAreas(scope.db, scope.partnershipId);
  const boundaries = areas.flatMap((a) => {
    const checked = a.geojson ? checkBoundary(a.geojson) : null;
    return checked?.ok ? [{ id: a.id, name: a.name, boundary: checked.boundary }] : [];
  });
  return { ...(await present(scope, row, scope.locale)), boundaries };
}

/** The lägesbilder the viewer may read, newest first (drafts only for those who compile). */
export async function listSituations(scope: IncidentScope & { locale?: string }) {
  incidentsPolicy.authorize(
    scope.viewer,
    "readSituation",
    { ...scope, shared: true },
    notFound(scope.partnershipId),
  );
  const seesDrafts = incidentsPolicy.allows(scope.viewer, "readSituation", { ...scope, shared: false });
  const rows = await repo.listSituations(scope.db, scope.partnershipId);
  return rows
    .filter((r) => seesDrafts || r.state === "shared")
    .map((r) => ({
      week: r.week,
      name: weekName(r.week, scope.locale),
      state: r.state as "draft" | "shared",
      compiledAt: r.compiledAt.toISOString(),
      published: r.publishedAt !== null,
    }));
}

async function findForChange(scope: IncidentScope & { week: string }) {
  const row = await repo.findSituation(scope.db, scope.partnershipId, scope.week);
  if (!row) throw new AppError("not_found", { entity: "incident_situation", value: scope.week });
  return row;
}

/** The coordinator's assessment (text); 409 on a stale version. */
export async function assessSituation(
  scope: IncidentScope & { week: string; input: { assessment: string; version: number } },
) {
  checkWeek(scope.week);
  incidentsPolicy.authorize(scope.viewer, "assess", scope, notFound(scope.partnershipId));
  const before = await findForChange(scope);
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const row = await repo.updateSituation(tx, before.id, scope.input.version, {
      assessment: scope.input.assessment,
    });
    if (!row) throw new AppError("conflict", { entity: "incident_situation", value: scope.week });
    audit({
      action: "incident.situation_assessed",
      entityType: "incident_situation",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      before: { assessment: before.assessment },
      after: { assessment: row.assessment },
    });
    return present(scope, row);
  });
}

/** Shares the lägesbild with every member (draft → shared); 409 when stale or already shared. */
export async function shareSituation(scope: IncidentScope & { week: string; input: { version: number } }) {
  checkWeek(scope.week);
  incidentsPolicy.authorize(scope.viewer, "share", scope, notFound(scope.partnershipId));
  const before = await findForChange(scope);
  if (before.state === "shared")
    throw new AppError("transition_refused", { entity: "incident_situation_shared", value: scope.week });
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const row = await repo.updateSituation(tx, before.id, scope.input.version, {
      state: "shared",
      sharedAt: new Date(),
    });
    if (!row) throw new AppError("conflict", { entity: "incident_situation", value: scope.week });
    audit({
      action: "incident.situation_shared",
      entityType: "incident_situation",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      before: { state: before.state },
      after: { state: row.state },
    });
    return present(scope, row);
  });
}

/**
 * Publishes a shared lägesbild's figures to residents (`publish: true`) or withdraws them: the
 * samordnare's own act (`publishSituation`), never a side effect of sharing. Only a shared
 * lägesbild can be published (its figures are frozen); publishing a published one, or withdrawing
 * one that is not, is refused (409), and so is a stale version. The row's trigger tells the
 * published snapshot, so the public page changes at once.
 */
export async function publishSituation(
  scope: IncidentScope & { week: string; publish: boolean; input: { version: number } },
) {
  checkWeek(scope.week);
  incidentsPolicy.authorize(scope.viewer, "publishSituation", scope, notFound(scope.partnershipId));
  const before = await findForChange(scope);
  if (before.state !== "shared")
    throw new AppError("transition_refused", { entity: "incident_situation_draft", value: scope.week });
  if ((before.publishedAt !== null) === scope.publish)
    throw new AppError("transition_refused", {
      entity: scope.publish ? "incident_situation_published" : "incident_situation_unpublished",
      value: scope.week,
    });
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const row = await repo.updateSituation(tx, before.id, scope.input.version, {
      publishedAt: scope.publish ? new Date() : null,
    });
    if (!row) throw new AppError("conflict", { entity: "incident_situation", value: scope.week });
    audit({
      action: scope.publish ? "incident.situation_published" : "incident.situation_withdrawn",
      entityType: "incident_situation",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      before: { publishedAt: before.publishedAt?.toISOString() ?? null },
      after: { publishedAt: row.publishedAt?.toISOString() ?? null },
    });
    return present(scope, row);
  });
}
