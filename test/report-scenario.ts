/**
 * A promise that is not the demo's, followed up through a whole year, for the report-back's
 * tests: created with the editor services (three points), moved to "uppföljs" with the
 * transition service, with the year's periods and an approved follow-up of every point in every
 * period. Periods exist in the demo only for 2017 and 2026, so the helper creates them (closed);
 * the follow-ups are written directly as approved (the round has its own tests).
 */
import { sql } from "drizzle-orm";
import { DEMO_PARTNERSHIP_ID } from "../src/demo/load-demo.js";
import type { Db } from "../src/platform/db/client.js";
import { changePromiseStatus } from "../src/promises/edit-promise.js";
import { findPromise } from "../src/promises/promises.repository.js";
import { coordinator, freshDraft } from "./editor-fixtures.js";

export const SCENARIO_YEAR = 2019;
const TERTIALS = [
  { index: 1, startsOn: "01-01", endsOn: "04-30", deadline: "05-15" },
  { index: 2, startsOn: "05-01", endsOn: "08-31", deadline: "09-15" },
  { index: 3, startsOn: "09-01", endsOn: "12-31", deadline: "12-31" },
];

/** The year's tertials of the demo partnership, closed (none is created twice). */
export async function createClosedPeriods(db: Db, year = SCENARIO_YEAR): Promise<string[]> {
  for (const t of TERTIALS) {
    await db.execute(sql`
      insert into reporting_periods (partnership_id, scheme, year, index, code, starts_on, ends_on, deadline, closed_at)
      values (${DEMO_PARTNERSHIP_ID}, 'tertial', ${year}, ${t.index}, ${`${year}-T${t.index}`},
        ${`${year}-${t.startsOn}`}, ${`${year}-${t.endsOn}`}, ${`${year}-${t.deadline}`}, now())
      on conflict do nothing`);
  }
  return TERTIALS.map((t) => `${year}-T${t.index}`);
}

/** A new promise of the demo partnership, followed up, with every period reported and approved. */
export async function followedUpPromise(db: Db) {
  const periods = await createClosedPeriods(db);
  const { promise, points } = await freshDraft(db);
  for (const to of ["in_consultation", "signed", "published", "following_up"] as const) {
    const current = await findPromise(db, { id: promise.id });
    await changePromiseStatus({
      db,
      viewer: coordinator,
      promiseId: promise.id,
      version: current?.version ?? 0,
      to,
      ...(to === "signed" ? { signedOn: `${SCENARIO_YEAR - 1}-12-15` } : {}),
    });
  }
  const texts = {
    municipality: "Kommunen har ordnat fyra trygghetsvandringar med boende och fastighetsägare.",
    police: "Polisen har haft fast närvaro i centrum två kvällar i veckan.",
    joint: "Kommunen och polisen har träffat föreningarna varje månad.",
  };
  for (const [kind, point] of Object.entries(points)) {
    for (const code of periods) {
      const final = code === periods.at(-1);
      await db.execute(sql`
        insert into follow_ups (commitment_id, period_id, status, state, narrative, submitted_at, approved_at)
        select ${point.id}, rp.id, ${final ? "done" : "in_progress"}, 'approved',
          ${JSON.stringify({ sv: `${texts[kind as keyof typeof texts]} (${code})` })}::jsonb, now(), now()
        from reporting_periods rp where rp.partnership_id = ${DEMO_PARTNERSHIP_ID} and rp.code = ${code}`);
    }
  }
  return { promise, points, periods };
}
