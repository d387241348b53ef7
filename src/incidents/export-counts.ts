/**
 * The weekly counts as CSV (`incidents.exportCounts`): one line per week, area and category, the
 * raw reports and the retained weekly counts together. Every count from 1 to 4 is written "<5",
 * whoever exports: an export leaves the system.
 */
import { type IncidentScope, loadCategories } from "./incident-categories.service.js";
import { incidentsPolicy } from "./incidents.policy.js";
import * as repo from "./incidents.repository.js";
import { suppressed } from "./suppression.js";

const csvField = (v: string) => {
  // A leading = + - @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",;\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export async function exportWeeklyCounts(scope: IncidentScope): Promise<string> {
  incidentsPolicy.authorize(scope.viewer, "exportCounts", scope, {
    entity: "partnership",
    value: scope.partnershipId,
  });
  const [cells, categories, areas] = await Promise.all([
    repo.allCountCells(scope.db, scope.partnershipId),
    loadCategories(scope.db, scope.partnershipId),
    repo.listAreas(scope.db, scope.partnershipId),
  ]);
  const lines = [["vecka", "område", "kategori", "antal"].join(",")];
  for (const c of cells) {
    const area = c.areaId ? (areas.find((a) => a.id === c.areaId)?.name ?? "") : "";
    const category = categories.find((k) => k.key === c.categoryKey)?.name ?? c.categoryKey;
    lines.push([c.week, area, category, suppressed(c.count)].map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
