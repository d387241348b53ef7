/**
 * A partnership's incident categories and its reporting settings (rhythm, retention): read by
 * every service that needs them, changed by the coordinator or administrator (`incidents.configure`).
 * The category list is the EST default until the first change stores it whole.
 */
import { findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { categoryKeyOf, DEFAULT_CATEGORIES, type IncidentCategory } from "./incident-categories.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";
import type { IncidentSettingsInput } from "./incidents.types.js";

export interface IncidentScope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

/** The partnership of an API address as a service's scope (404 when there is none). */
export async function incidentScopeOf(db: Db, viewer: Viewer, slug: string): Promise<IncidentScope> {
  const partnership = await findPartnershipBySlug(db, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  return { db, viewer, partnershipId: partnership.id };
}

/** What the report form offers: the categories in use and the partnership's areas (a map when one has a boundary). */
export async function reportFormChoices(ex: Executor, partnershipId: string) {
  const [categories, areas] = await Promise.all([
    loadCategories(ex, partnershipId),
    repo.listAreas(ex, partnershipId),
  ]);
  return {
    categories: categories.filter((c) => c.active),
    areas: areas.map((a) => ({ id: a.id, name: a.name, hasBoundary: a.geojson !== null })),
  };
}

export const DEFAULT_SETTINGS = { rhythm: "weekly" as const, retentionMonths: 12, version: 1 };

/** Invalid input of a field, as the forms and the API show it (`incidents.error.<reason>`). */
export function incidentFieldError(field: string, reason: string): AppError {
  return new AppError("invalid_body", { param: field, value: "" }, { fields: { [field]: reason } });
}

export async function loadCategories(ex: Executor, partnershipId: string): Promise<IncidentCategory[]> {
  const stored = await repo.listStoredCategories(ex, partnershipId);
  if (stored.length === 0)
    return DEFAULT_CATEGORIES.map((c) => ({ ...c, subcategories: [...c.subcategories] }));
  return stored.map((r) => ({
    key: r.key,
    name: r.name,
    subcategories: r.subcategories,
    active: r.active,
    position: r.position,
    version: r.version,
  }));
}

export async function loadSettings(ex: Executor, partnershipId: string) {
  const row = await repo.findSettings(ex, partnershipId);
  return row
    ? {
        rhythm: row.rhythm as "weekly" | "biweekly",
        retentionMonths: row.retentionMonths,
        version: row.version,
      }
    : DEFAULT_SETTINGS;
}

const notFound = (partnershipId: string) => ({ entity: "partnership", value: partnershipId });

/** The list and the settings, for the settings page and API (`configure`). */
export async function getIncidentConfiguration(scope: IncidentScope) {
  incidentsPolicy.authorize(scope.viewer, "configure", scope, notFound(scope.partnershipId));
  const [categories, settings] = await Promise.all([
    loadCategories(scope.db, scope.partnershipId),
    loadSettings(scope.db, scope.partnershipId),
  ]);
  return { categories, settings };
}

/** Stores the default list when nothing is stored yet (inside the change that needs it). */
async function materialize(tx: Executor, partnershipId: string) {
  const stored = await repo.listStoredCategories(tx, partnershipId);
  if (stored.length > 0) return stored;
  for (const c of DEFAULT_CATEGORIES) {
    await repo.insertCategory(tx, {
      partnershipId,
      key: c.key,
      name: c.name,
      subcategories: c.subcategories,
      position: c.position,
    });
  }
  return repo.listStoredCategories(tx, partnershipId);
}

const cleanSubcategories = (list: string[]) => [
  ...new Set(list.map((s) => s.trim()).filter((s) => s !== "")),
];

export async function addCategory(
  scope: IncidentScope & { input: { name: string; subcategories: string[] } },
): Promise<IncidentCategory> {
  incidentsPolicy.authorize(scope.viewer, "configure", scope, notFound(scope.partnershipId));
  const { partnershipId, input } = scope;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const stored = await materialize(tx, partnershipId);
    if (stored.some((c) => c.name.toLowerCase() === input.name.toLowerCase()))
      throw incidentFieldError("name", "category_taken");
    const base = categoryKeyOf(input.name);
    let key = base;
    for (let i = 2; stored.some((c) => c.key === key); i++) key = `${base.slice(0, 36)}-${i}`;
    const row = await repo.insertCategory(tx, {
      partnershipId,
      key,
      name: input.name,
      subcategories: cleanSubcategories(input.subcategories),
      position: Math.max(0, ...stored.map((c) => c.position)) + 1,
    });
    audit({
      action: "incident.category_added",
      entityType: "incident_category",
      entityId: row.id,
      partnershipId,
      after: row,
    });
    return {
      key,
      name: row.name,
      subcategories: row.subcategories,
      active: row.active,
      position: row.position,
      version: row.version,
    };
  });
}

/** Renames a category, changes its sub-categories or retires it (`active: false`); 409 on a stale version. */
export async function changeCategory(
  scope: IncidentScope & {
    key: string;
    input: { name: string; subcategories: string[]; active: boolean; version: number };
  },
): Promise<IncidentCategory> {
  incidentsPolicy.authorize(scope.viewer, "configure", scope, notFound(scope.partnershipId));
  const { partnershipId, input } = scope;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const stored = await materialize(tx, partnershipId);
    const before = stored.find((c) => c.key === scope.key);
    if (!before) throw new AppError("not_found", { entity: "incident_category", value: scope.key });
    if (stored.some((c) => c.key !== scope.key && c.name.toLowerCase() === input.name.toLowerCase()))
      throw incidentFieldError("name", "category_taken");
    const row = await repo.updateCategory(tx, partnershipId, scope.key, input.version, {
      name: input.name,
      subcategories: cleanSubcategories(input.subcategories),
      active: input.active,
    });
    if (!row) throw new AppError("conflict", { entity: "incident_category", value: scope.key });
    audit({
      action: "incident.category_changed",
      entityType: "incident_category",
      entityId: row.id,
      partnershipId,
      before,
      after: row,
    });
    return {
      key: row.key,
      name: row.name,
      subcategories: row.subcategories,
      active: row.active,
      position: row.position,
      version: row.version,
    };
  });
}

/** The rhythm and the retention; 409 on a stale version. */
export async function changeIncidentSettings(
  scope: IncidentScope & { input: IncidentSettingsInput & { version: number } },
) {
  incidentsPolicy.authorize(scope.viewer, "configure", scope, notFound(scope.partnershipId));
  const { partnershipId, input } = scope;
  const values = { rhythm: input.rhythm, retentionMonths: input.retentionMonths };
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const before = await repo.findSettings(tx, partnershipId);
    const row = before
      ? await repo.updateSettings(tx, partnershipId, input.version, values)
      : input.version === DEFAULT_SETTINGS.version
        ? await repo.insertSettings(tx, { partnershipId, ...values })
        : null;
    if (!row) throw new AppError("conflict", { entity: "incident_settings", value: partnershipId });
    audit({
      action: "incident.settings_changed",
      entityType: "partnership",
      entityId: partnershipId,
      partnershipId,
      before: before ?? DEFAULT_SETTINGS,
      after: row,
    });
    return {
      rhythm: row.rhythm as "weekly" | "biweekly",
      retentionMonths: row.retentionMonths,
      version: row.version,
    };
  });
}
