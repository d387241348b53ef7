/**
 * Reading raw incident reports (`incidents.readReports`): every report of the partnership for the
 * samordnare, kommunpolis and administratör; a händelserapportör only their own, with the weeks
 * they reported in (so they see which weeks of their rhythm are missing).
 */
import type { Executor } from "../platform/db/client.js";
import { type IncidentScope, loadCategories, loadSettings } from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";
import type { Incident } from "./incidents.types.js";

const notFound = (id: string) => ({ entity: "partnership", value: id });

async function present(ex: Executor, partnershipId: string, rows: repo.ReportRow[]): Promise<Incident[]> {
  const [categories, areas, parties] = await Promise.all([
    loadCategories(ex, partnershipId),
    repo.listAreas(ex, partnershipId),
    repo.listPartyNames(ex, partnershipId),
  ]);
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt.toISOString(),
    week: r.week,
    areaId: r.areaId,
    areaName: areas.find((a) => a.id === r.areaId)?.name ?? null,
    placeText: r.placeText,
    lat: r.lat,
    lon: r.lon,
    categoryKey: r.categoryKey,
    categoryName: categories.find((c) => c.key === r.categoryKey)?.name ?? r.categoryKey,
    subcategory: r.subcategory,
    description: r.description,
    partyName: parties.find((p) => p.id === r.partyId)?.name ?? "",
    warnings: r.warnings,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Every report of the partnership, newest first (at most 500). */
export async function listIncidents(scope: IncidentScope): Promise<Incident[]> {
  incidentsPolicy.authorize(
    scope.viewer,
    "readReports",
    { ...scope, mine: false },
    notFound(scope.partnershipId),
  );
  return present(scope.db, scope.partnershipId, await repo.listReports(scope.db, scope.partnershipId));
}

/** The viewer's own reports and the weeks they reported in, with the partnership's rhythm. */
export async function listMyIncidents(scope: IncidentScope) {
  incidentsPolicy.authorize(
    scope.viewer,
    "readReports",
    { ...scope, mine: true },
    notFound(scope.partnershipId),
  );
  const { db, viewer, partnershipId } = scope;
  const settings = await loadSettings(db, partnershipId);
  if (viewer.kind !== "account") return { rhythm: settings.rhythm, weeksReported: [], data: [] };
  const [rows, weeksReported] = await Promise.all([
    repo.listReports(db, partnershipId, { reporterAccountId: viewer.accountId }),
    repo.weeksReportedBy(db, partnershipId, viewer.accountId),
  ]);
  return { rhythm: settings.rhythm, weeksReported, data: await present(db, partnershipId, rows) };
}
