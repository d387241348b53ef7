import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appOn, createTestApp, type TestApp } from "../../test/app.js";
import { principal, TEST_CSRF } from "../../test/principals.js";
import { DEMO_PROMISE_REF } from "../demo/load-demo.js";
import { COMMITMENT, PERIOD } from "../demo/skaggetorp-2017-ids.js";
import { buildReportBack, renderDocument } from "./build-document.js";
import { advanceReport } from "./decision-chain.js";
import { listReportParts } from "./reports.repository.js";

const page = `/arbete/linkoping/loften/${DEMO_PROMISE_REF}/aterrapportering`;
let coordinator: TestApp;
let reader: TestApp;

beforeAll(async () => {
  coordinator = await createTestApp({ as: principal("coordinator") });
  reader = await createTestApp({ as: principal("reader") });
});
afterAll(async () => {
  await coordinator.database.close();
  await reader.database.close();
});

const post = (t: TestApp, path: string, fields: Record<string, string>) =>
  t.app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: TEST_CSRF, ...fields }).toString(),
  });

describe("the återrapportering page", () => {
  it("shows the preview, the checks, the chain and downloads to a coordinator", async () => {
    const res = await coordinator.app.request(page);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Förslag till kommunstyrelsens beslut");
    expect(html).toContain("Medborgarlöftet för 2017 har omfattat följande åtta punkter:");
    expect(html).toContain("Kontroll före nästa steg");
    expect(html).toContain("Skicka vidare till: i samråd");
    for (const f of ["html", "docx", "pdf"]) expect(html).toContain(`${page}/ladda-ner/${f}`);
  });

  it("downloads the same HTML and DOCX bytes the service renders for the CLI", async () => {
    const built = await buildReportBack({
      db: coordinator.database.db,
      viewer: principal("coordinator"),
      ref: DEMO_PROMISE_REF,
    });
    for (const format of ["html", "docx"] as const) {
      const res = await coordinator.app.request(`${page}/ladda-ner/${format}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Disposition")).toContain(`aterrapportering.${format}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      const direct = await renderDocument(built.model, format, () => {
        throw new Error("no PDF here");
      });
      expect(bytes.equals(direct)).toBe(true);
    }
  });

  it("lets a reader read but not move the chain", async () => {
    const res = await reader.app.request(page);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Bara samordnare för den vidare");
    const refused = await post(reader, `${page}/skicka`, { version: "1" });
    expect(refused.status).toBe(403);
  });

  it("lists a pasted placeholder with a link to the field and refuses to send on", async () => {
    const edit = await coordinator.app.request(`${page}/redigera`);
    const form = await edit.text();
    const version = /name="version" value="(\d+)"/.exec(form)?.[1] ?? "";
    const saved = await post(coordinator, `${page}/redigera`, {
      version,
      registrationNumber: "KS 2018-0042",
      matter: "Ärendet. Klicka här för att ange text.",
      background: "Bakgrund.",
      genderEquality: "Jämställdhet.",
      goalsIntro: "Mål.",
      publicationNote: "",
      committeeNote: "",
      mblStatement: "Inte påkallad.",
    });
    expect(saved.status).toBe(303);
    const html = await (await coordinator.app.request(page)).text();
    expect(html).toContain("Klicka här för att ange text.");
    expect(html).toContain(`${page}/redigera#falt-matter`);
    const next = /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";
    const refused = await post(coordinator, `${page}/skicka`, { version: next });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Läge: utkast");
  });

  it("links a point without an approved final follow-up to its follow-up form in the workspace", async () => {
    await reader.database.db.execute(
      sql`UPDATE follow_ups SET state = 'submitted', approved_at = NULL, approved_by_id = NULL
          WHERE commitment_id = ${COMMITMENT[3]} AND period_id = ${PERIOD[3]}`,
    );
    const html = await (await reader.app.request(page)).text();
    expect(html).toContain(`href="/arbete/linkoping/punkter/${COMMITMENT[3]}/2017-T3"`);
  });

  it("shows a period report with its chart and data table", async () => {
    const res = await coordinator.app.request(`/arbete/linkoping/loften/${DEMO_PROMISE_REF}/period/2017-T2`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<svg");
    expect(html).toContain("Antal punkter per status och ansvarig part");
    expect(html).toContain("Sedan tertial 1 2017");
  });
});

describe("the decision chain on the page", () => {
  it("refuses the administratör a chain step (403) and shows the chain read-only: coordinators move it", async () => {
    const admin = appOn(coordinator.database, { as: principal("administrator") });
    const html = await (await admin.app.request(page)).text();
    expect(html).toContain("Bara samordnare för den vidare");
    expect(html).not.toContain(`${page}/skicka`);
    const version = /name="version" value="(\d+)"/.exec(
      await (await coordinator.app.request(`${page}/redigera`)).text(),
    )?.[1];
    for (const step of ["skicka", "rattelse"]) {
      const form = { version: version ?? "1", reason: "Rättelse." };
      expect((await post(admin, `${page}/${step}`, form)).status).toBe(403);
    }
    expect((await admin.app.request(`${page}/redigera`)).status).toBe(403);
  });

  it("records the consulted bodies' positions from the form in one change", async () => {
    const app = await createTestApp({ as: principal("coordinator") });
    try {
      const key = { db: app.database.db, viewer: principal("coordinator"), ref: DEMO_PROMISE_REF };
      const html = await (await app.app.request(page)).text();
      const version = Number(/name="version" value="(\d+)"/.exec(html)?.[1]);
      const moved = await advanceReport({ ...key, version });
      expect(moved.status).toBe("consultation");
      const form = await (await app.app.request(page)).text();
      const ids = [...form.matchAll(/name="consultations\.(\d+)\.id" value="([^"]+)"/g)].map((m) => m[2]);
      expect(ids.length).toBeGreaterThan(1);
      const saved = await post(app, `${page}/samrad`, {
        version: String(moved.version),
        "consultations.0.id": ids[0] ?? "",
        "consultations.0.stance": "rejects",
        "consultations.0.comment": "  Vi vill se fler insatser.  ",
        "consultations.1.id": ids[1] ?? "",
        "consultations.1.stance": "",
        "consultations.1.comment": "",
      });
      expect(saved.status).toBe(303);
      const parts = await listReportParts(app.database.db, moved.id);
      expect(parts.consultations.find((k) => k.id === ids[0])).toMatchObject({
        stance: "rejects",
        comment: "Vi vill se fler insatser.",
      });
      const stale = await post(app, `${page}/samrad`, { version: String(moved.version) });
      expect(stale.status).toBe(409);
    } finally {
      await app.database.close();
    }
  });
});
