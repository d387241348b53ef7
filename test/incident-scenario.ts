import { sql } from "drizzle-orm";
import { DEMO_PARTNERSHIP_ID } from "../src/demo/skaggetorp-2017-ids.js";
import type { Executor } from "../src/platform/db/client.js";

/**
 * A weekly lägesbild of the demo partnership, shared and published to residents ("Händelser per
 * vecka" on /linkoping/trygghet): in its week 7 × skadegörelse (shown), 2 × otrygg plats (shown as
 * "färre än 5") and no arrangemang (0; there were 5 the week before).
 */
export async function publishedSituation(ex: Executor, week = "2026-W44"): Promise<void> {
  const before = `${week.slice(0, 6)}${String(Number(week.slice(6)) - 1).padStart(2, "0")}`;
  const data = {
    week,
    weeks: [before, week],
    cells: [
      { week, categoryKey: "skadegorelse", areaId: null, count: 7 },
      { week, categoryKey: "otrygg-plats", areaId: null, count: 2 },
      { week: before, categoryKey: "arrangemang", areaId: null, count: 5 },
    ],
    categories: [
      { key: "skadegorelse", name: "Skadegörelse" },
      { key: "otrygg-plats", name: "Otrygg plats" },
      { key: "arrangemang", name: "Arrangemang" },
    ],
    areas: [],
  };
  await ex.execute(
    sql`INSERT INTO incident_situations (partnership_id, week, state, data, compiled_at, shared_at, published_at)
        VALUES (${DEMO_PARTNERSHIP_ID}, ${week}, 'shared', ${JSON.stringify(data)}::jsonb, now(), now(), now())`,
  );
}
