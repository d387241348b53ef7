import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import type { Database } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import { AppError } from "../platform/errors.js";
import { OVERVIEW_PAGE_SIZE, readPublicHome } from "../publishing/public-readers.js";
import { loadDemo } from "./load-demo.js";
import { SYNTH_SLUG_PREFIX, synthesize } from "./synth.js";

let database: Database;
const now = new Date("2026-11-20T12:00:00Z");
beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
  await synthesize(database.db, { partnerships: 3, years: 10, now });
}, 120_000);
afterAll(() => database.close());

const one = async <T>(query: ReturnType<typeof sql>) => (await queryRows<T>(database.db, query))[0] as T;

describe("synth: a synthetic national dataset", () => {
  it("writes each partnership with one promise a year of 5–8 points, all marked synthetic", async () => {
    const counts = await one<{
      partnerships: number;
      promises: number;
      unmarked: number;
      minPoints: number;
      maxPoints: number;
    }>(sql`
      select
        (select count(*)::int from partnerships where slug like ${`${SYNTH_SLUG_PREFIX}%`}) as partnerships,
        (select count(*)::int from promises where ref like ${`${SYNTH_SLUG_PREFIX}%`}) as promises,
        (select count(*)::int from promises p where p.ref like ${`${SYNTH_SLUG_PREFIX}%`} and not exists
          (select 1 from demo_markers m where m.table_name = 'promises' and m.row_id = p.id::text)) as unmarked,
        (select min(n)::int from (select count(*) n from commitments c join promises p on p.id = c.promise_id
          where p.ref like ${`${SYNTH_SLUG_PREFIX}%`} group by p.id) x) as "minPoints",
        (select max(n)::int from (select count(*) n from commitments c join promises p on p.id = c.promise_id
          where p.ref like ${`${SYNTH_SLUG_PREFIX}%`} group by p.id) x) as "maxPoints"`);
    expect(counts).toEqual({ partnerships: 3, promises: 30, unmarked: 0, minPoints: 5, maxPoints: 8 });
  });

  it("approves the follow-ups of closed periods and leaves the open period under way", async () => {
    const states = await queryRows<{ closed: boolean; state: string }>(
      database.db,
      sql`select distinct rp.closed_at is not null as closed, f.state
          from follow_ups f join reporting_periods rp on rp.id = f.period_id
          join partnerships pa on pa.id = rp.partnership_id where pa.slug like ${`${SYNTH_SLUG_PREFIX}%`}
          order by 1, 2`,
    );
    expect(states).toEqual([
      { closed: false, state: "draft" },
      { closed: false, state: "submitted" },
      { closed: true, state: "approved" },
    ]);
  });

  it("refuses to run twice on the same database", async () => {
    await expect(synthesize(database.db, { partnerships: 1, years: 1, now })).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it("pages the start page (the national overview), saying how many there are in all", async () => {
    const home = await readPublicHome(database.db);
    const shown = home.groups.flatMap((g) => g.promises);
    expect(shown).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(home.total).toBeGreaterThan(30);
    expect(home.pageCount).toBe(Math.ceil(home.total / OVERVIEW_PAGE_SIZE));
    // One year's filter: the four 2026 promises (the demo's and three synthetic).
    const year = await readPublicHome(database.db, { year: 2026 });
    expect(year.groups.flatMap((g) => g.promises).every((p) => p.fromYear <= 2026 && p.toYear >= 2026)).toBe(
      true,
    );
    expect(year.total).toBeLessThan(home.total);
  });
});
