import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { principal } from "../../test/principals.js";
import { DEMO_PROMISE_REF, loadDemo } from "../demo/load-demo.js";
import { DEMO_PARTNERSHIP_ID } from "../demo/skaggetorp-2017-ids.js";
import { REPORT_BACKS } from "../demo/skaggetorp-2017-report.js";
import type { Database } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { findPromise } from "../promises/promises.repository.js";
import { buildReportBack, loadReportBackInput } from "./build-document.js";
import {
  advanceReport,
  editReportSections,
  recordConsultations,
  recordDecision,
  supersedeReport,
} from "./decision-chain.js";
import { inlineText, textsOf } from "./model/document.js";
import { listEditions, listReportParts } from "./reports.repository.js";

let database: Database;
const coordinator = principal("coordinator");
const ref = DEMO_PROMISE_REF;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemo(database.db);
});
afterAll(() => database.close());

async function current() {
  const promise = await findPromise(database.db, { partnershipId: DEMO_PARTNERSHIP_ID, ref });
  if (!promise) throw new Error(`no promise ${ref}`);
  const { reportRow } = await loadReportBackInput(database.db, promise);
  return reportRow;
}
const base = async () => ({
  db: database.db,
  viewer: coordinator,
  ref,
  version: (await current()).version,
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the decision chain", () => {
  it("lets a reader read but not move the chain", async () => {
    const reader = principal("reader");
    const built = await buildReportBack({ db: database.db, viewer: reader, ref });
    expect(built.model.meta.title).toBeTruthy();
    const error = await refusal(advanceReport({ ...(await base()), viewer: reader }));
    expect(error.code).toBe("forbidden");
    expect(error.params).toMatchObject({ entity: "reports.moveChain", reason: "role" });
  });

  it("refuses the administratör every step of the chain and the formal parts: coordinators move it", async () => {
    const administrator = principal("administrator");
    const before = await current();
    const as = async () => ({ ...(await base()), viewer: administrator });
    const steps = [
      async () => advanceReport(await as()),
      async () => recordConsultations({ ...(await as()), positions: [] }),
      async () =>
        recordDecision({
          ...(await as()),
          body: "kommunstyrelsen",
          decidedOn: "2018-02-06",
          paragraph: null,
          text: "Beslut.",
        }),
      async () => supersedeReport({ ...(await as()), reason: "Fel i beslutsunderlaget." }),
      async () => editReportSections({ ...(await as()), values: { matter: "Ändrad." } }),
    ];
    for (const step of steps) expect((await refusal(step())).code).toBe("forbidden");
    expect(await current()).toEqual(before);
  });

  it("tells someone outside the partnership that the promise does not exist", async () => {
    const outsider = principal("coordinator", { partnershipId: "00000000-0000-4000-8000-0000000000ff" });
    expect((await refusal(advanceReport({ ...(await base()), viewer: outsider }))).code).toBe("not_found");
    expect((await refusal(buildReportBack({ db: database.db, viewer: outsider, ref }))).code).toBe(
      "not_found",
    );
  });

  it("refuses to send on a report with errors, listing them", async () => {
    await editReportSections({
      ...(await base()),
      values: { matter: "Text. Klicka här för att ange text." },
    });
    const error = await refusal(advanceReport(await base()));
    expect(error.code).toBe("transition_refused");
    const issues = (error.details as { issues: { code: string }[] }).issues;
    expect(issues.map((i) => i.code)).toContain("placeholder");
    expect((await current()).status).toBe("draft");
  });

  it("refuses a stale version", async () => {
    const stale = (await current()).version - 1;
    const error = await refusal(advanceReport({ ...(await base()), version: stale }));
    expect(error.code).toBe("conflict");
  });

  it("goes utkast → samråd → utskott → kommunstyrelsen → beslutat → publicerat", async () => {
    const original = REPORT_BACKS[0]?.matter?.sv ?? "";
    await editReportSections({ ...(await base()), values: { matter: original } });
    expect((await advanceReport(await base())).status).toBe("consultation");

    // During consultation a body without a position blocks the next step.
    const parts = await listReportParts(database.db, (await current()).id);
    const first = parts.consultations[0];
    expect(first).toBeDefined();
    await database.db.execute(sql`update report_consultations set stance = null where id = ${first?.id}`);
    const blocked = await refusal(advanceReport(await base()));
    expect((blocked.details as { issues: { code: string }[] }).issues.map((i) => i.code)).toContain(
      "consultation_incomplete",
    );
    await recordConsultations({
      ...(await base()),
      positions: [
        { consultationId: first?.id ?? "", stance: "endorses", comment: null, consultedOn: "2018-01-15" },
      ],
    });
    expect((await advanceReport(await base())).status).toBe("to_committee");
    expect((await advanceReport(await base())).status).toBe("to_board");
    // "decided" only through a decision record.
    expect((await refusal(advanceReport(await base()))).code).toBe("transition_refused");
    const decided = await recordDecision({
      ...(await base()),
      body: "kommunstyrelsen",
      decidedOn: "2018-02-06",
      paragraph: "§ 42",
      text: "Kommunstyrelsen godkänner återrapporteringen.",
    });
    expect(decided.status).toBe("decided");
    expect(decided.frozenModel).not.toBeNull();
    const decisions = (await listReportParts(database.db, decided.id)).decisions;
    expect(decisions.map((d) => [d.body, d.paragraph])).toEqual([["kommunstyrelsen", "§ 42"]]);
    expect((await advanceReport(await base())).status).toBe("published");
  });

  it("never changes a decided report; a correction is a new edition, both readable", async () => {
    const decided = await current();
    const error = await refusal(editReportSections({ ...(await base()), values: { matter: "Ändrad." } }));
    expect(error.code).toBe("transition_refused");

    const edition2 = await supersedeReport({ ...(await base()), reason: "Fel i beslutsunderlaget." });
    expect(edition2.edition).toBe(2);
    expect(edition2.supersedesId).toBe(decided.id);
    expect(edition2.status).toBe("draft");
    await editReportSections({ ...(await base()), values: { matter: "Rättad text om ärendet." } });

    const one = await buildReportBack({ db: database.db, viewer: coordinator, ref, edition: 1 });
    const two = await buildReportBack({ db: database.db, viewer: coordinator, ref, edition: 2 });
    const text = (m: typeof one.model) => [...textsOf(m.blocks)].map((t) => t.text).join(" ");
    expect(text(two.model)).toContain("Rättad text om ärendet.");
    expect(text(one.model)).not.toContain("Rättad text om ärendet.");
    expect(text(one.model)).toContain("Medborgarlöften är en del av Polismyndighetens nya styrmodell");
    expect(inlineText([one.model.meta.title])).toBe(inlineText([two.model.meta.title]));
    expect((await listEditions(database.db, decided.promiseId)).map((e) => [e.edition, e.status])).toEqual([
      [1, "published"],
      [2, "draft"],
    ]);
  });
});
