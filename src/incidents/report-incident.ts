/**
 * Reporting an incident (`incidents.report`): a händelserapportör for the party of their role.
 * The free text (description and place) is checked for personal identity numbers, phone numbers
 * and e-mail addresses: without `confirmPersonalData` the answer is 422 `personal_data_suspected`
 * naming the kinds found, and nothing is stored. The audit event holds no free text (the audit log
 * is kept for ever; the report itself is deleted after the retention).
 */
import { isIsoDate } from "../periods/iso-date.js";
import { type Clock, swedishHourOn, systemClock } from "../platform/clock.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { personalDataKinds } from "../platform/personal-data.js";
import { grantsIn } from "../platform/viewer.js";
import { type IncidentScope, incidentFieldError, loadCategories } from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";
import type { IncidentInput } from "./incidents.types.js";
import { weekOf } from "./weeks.js";

/** The instant of `2026-11-23T21:30` (Swedish time) or of a text with its own offset. */
export function occurredInstant(text: string): Date | null {
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(text);
  if (hasZone) {
    const at = new Date(text);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(text);
  if (!m?.[1]) return null;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (hour > 23 || minute > 59 || !isIsoDate(m[1])) return null;
  return new Date(swedishHourOn(m[1], hour).getTime() + minute * 60_000);
}

export async function reportIncident(scope: IncidentScope & { input: IncidentInput; clock?: Clock }) {
  const { db, viewer, partnershipId, input } = scope;
  incidentsPolicy.authorize(viewer, "report", scope, { entity: "partnership", value: partnershipId });
  const grant = grantsIn(viewer, partnershipId).find((g) => g.role === "incident_reporter" && g.partyId);
  if (!grant?.partyId) throw new AppError("forbidden", { entity: "incidents.report", reason: "role" });
  const now = (scope.clock ?? systemClock).now();

  const occurredAt = occurredInstant(input.occurredAt);
  if (!occurredAt) throw incidentFieldError("occurredAt", "datetime_invalid");
  if (occurredAt.getTime() > now.getTime() + 3_600_000) throw incidentFieldError("occurredAt", "future");

  const categories = await loadCategories(db, partnershipId);
  const category = categories.find((c) => c.key === input.categoryKey && c.active);
  if (!category) throw incidentFieldError("categoryKey", "category_invalid");
  if (input.subcategory && !category.subcategories.includes(input.subcategory))
    throw incidentFieldError("subcategory", "subcategory_invalid");

  if ((input.lat === undefined) !== (input.lon === undefined))
    throw incidentFieldError("lat", "position_half");
  if (input.areaId) {
    const areas = await repo.listAreas(db, partnershipId);
    if (!areas.some((a) => a.id === input.areaId)) throw incidentFieldError("areaId", "area_invalid");
  }
  if (!input.areaId && !input.placeText && input.lat === undefined)
    throw incidentFieldError("placeText", "place_required");

  const warnings = personalDataKinds(input.description, input.placeText);
  if (warnings.length > 0 && !input.confirmPersonalData) {
    throw new AppError("personal_data_suspected", { kinds: warnings.join(", ") }, { kinds: warnings });
  }

  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await repo.insertReport(tx, {
      partnershipId,
      reporterAccountId: viewer.kind === "account" ? viewer.accountId : null,
      partyId: grant.partyId as string,
      occurredAt,
      week: weekOf(occurredAt),
      areaId: input.areaId ?? null,
      placeText: input.placeText ?? null,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      categoryKey: category.key,
      subcategory: input.subcategory ?? null,
      description: input.description,
      warnings,
    });
    audit({
      action: "incident.reported",
      entityType: "incident_report",
      entityId: row.id,
      partnershipId,
      // No free text: the audit log outlives the report (retention).
      after: {
        week: row.week,
        categoryKey: row.categoryKey,
        areaId: row.areaId,
        partyId: row.partyId,
        warnings,
      },
    });
    return row;
  });
}
