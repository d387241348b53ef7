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
import { createReportBack } from "../src/reports/create-report.js";
import {
  advanceReport,
  editReportSections,
  recordCommitteeDecision,
  recordConsultations,
  recordDecision,
} from "../src/reports/decision-chain.js";
import { saveReportList } from "../src/reports/formal-parts.js";
import { findLatestReportBack, listReportParts } from "../src/reports/reports.repository.js";
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

/**
 * The återrapportering of a followed-up promise taken through the whole chain with the services
 * (create, fill, samråd, utskott, kommunstyrelsen), decided 2020-02-18 § 45; published too unless
 * told otherwise.
 */
export async function decidedReportBack(db: Db, ref: string, options: { publish?: boolean } = {}) {
  const key = { db, viewer: coordinator, ref, today: "2026-11-29" };
  const version = async () => {
    const promise = await findPromise(db, { partnershipId: DEMO_PARTNERSHIP_ID, ref });
    const row = promise ? await findLatestReportBack(db, promise.id) : null;
    return row?.version ?? 0;
  };
  await createReportBack(key);
  await editReportSections({
    ...key,
    version: await version(),
    values: {
      registrationNumber: "KS 2020/0007",
      background: "Medborgarlöftet 2019 gällde tre punkter för kommunen och polisen.",
      genderEquality: "Kvinnor och män, flickor och pojkar har deltagit i trygghetsvandringarna.",
      mblStatement: "MBL-information eller förhandling är inte påkallad.",
      issuingUnit: "Kommunledningsförvaltningen",
    },
  });
  await saveReportList({
    ...key,
    version: await version(),
    kind: "consultations",
    items: [{ body: "kommunpolis" }],
  });
  await saveReportList({
    ...key,
    version: await version(),
    kind: "signatories",
    items: [{ name: "Anna Direktör" }],
  });
  await saveReportList({
    ...key,
    version: await version(),
    kind: "distribution",
    items: [{ recipient: "Polismyndigheten" }],
  });
  await advanceReport({ ...key, version: await version() });
  const promise = await findPromise(db, { partnershipId: DEMO_PARTNERSHIP_ID, ref });
  const row = promise ? await findLatestReportBack(db, promise.id) : null;
  const parts = await listReportParts(db, row?.id ?? "");
  await recordConsultations({
    ...key,
    version: await version(),
    positions: parts.consultations.map((c) => ({
      consultationId: c.id,
      stance: "endorses" as const,
      comment: null,
      consultedOn: "2020-01-25",
    })),
  });
  await advanceReport({ ...key, version: await version() });
  await recordCommitteeDecision({
    ...key,
    version: await version(),
    body: "trygghets- och demokratiutskottet",
    decidedOn: "2020-02-04",
    paragraph: "§ 12",
    text: null,
  });
  await recordDecision({
    ...key,
    version: await version(),
    body: "kommunstyrelsen",
    decidedOn: "2020-02-18",
    paragraph: "§ 45",
    text: "godkänna återrapporteringen av medborgarlöftet 2019.",
  });
  if (options.publish !== false) await advanceReport({ ...key, version: await version() });
}
