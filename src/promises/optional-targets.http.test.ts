/**
 * Targets without a value (issue 8.6), through real sessions and CSRF: an empty target value is
 * "no target" (null), never 0; several targets are added in one submit of the point form; a
 * measurement is recorded for a measure without a target, and every page says "inget mål".
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { htmlToText } from "../../test/seed.js";
import * as schema from "../app/schema.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_POINT as POINT, ROUND_2026_REF } from "../demo/round-2026-ids.js";
import { PARTY } from "../demo/skaggetorp-2017-ids.js";
import { attainmentState, targetAttainment } from "../followups/attainment.js";

const W = "/arbete/linkoping";
const BASE = `${W}/loften`;
let t: TestApp;
let coordinator: HttpSession;
let reporter: HttpSession;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email);
});
afterAll(() => t.database.close());

const targetsOf = (commitmentId: string) =>
  t.database.db
    .select()
    .from(schema.targets)
    .where(eq(schema.targets.commitmentId, commitmentId))
    .orderBy(schema.targets.position);

describe("the point form", () => {
  it("adds two targets in one submit; an empty target value is stored as null and never shown as 0", async () => {
    const created = await t.app.request(
      BASE,
      coordinator.post({
        ref: "matt-2030",
        title: "Mätlöfte",
        fromYear: "2030",
        toYear: "2030",
        partyIds: PARTY.municipality,
      }),
    );
    expect(created.status).toBe(303);
    const editor = await (await t.app.request(`${BASE}/matt-2030`, coordinator.get())).text();
    // A new point's form offers two empty target rows.
    expect(editor).toContain('name="targets.0.description"');
    expect(editor).toContain('name="targets.1.description"');

    const added = await t.app.request(
      `${BASE}/matt-2030/punkter`,
      coordinator.post({
        text: "Kommunen ska mäta besöken.",
        responsibleKind: "municipality",
        responsiblePartyIds: PARTY.municipality,
        "targets.0.description": "Trygghetsvandringar",
        "targets.0.direction": "at_least",
        "targets.0.targetValue": "4",
        "targets.0.unit": "st",
        "targets.1.description": "Besökare",
        "targets.1.direction": "at_least",
        "targets.1.targetValue": "",
        "targets.1.unit": "personer",
      }),
    );
    expect(added.status).toBe(303);
    const [promise] = await t.database.db
      .select()
      .from(schema.promises)
      .where(eq(schema.promises.ref, "matt-2030"));
    const [point] = await t.database.db
      .select()
      .from(schema.commitments)
      .where(eq(schema.commitments.promiseId, promise?.id ?? ""));
    const stored = await targetsOf(point?.id ?? "");
    expect(stored.map((x) => [x.description.sv, x.targetValue, x.unit])).toEqual([
      ["Trygghetsvandringar", 4, "st"],
      ["Besökare", null, "personer"],
    ]);

    const page = await (await t.app.request(`${BASE}/matt-2030`, coordinator.get())).text();
    // The stored measure keeps an empty value field (not "0", not "null"), and two new rows follow.
    expect(page).toContain('name="targets.1.targetValue" inputmode="decimal" value=""');
    expect(page).not.toMatch(/name="targets\.1\.targetValue"[^>]*value="(0|null)"/);
    expect(page).toContain('name="targets.2.description"');
    expect(page).toContain('name="targets.3.description"');

    const preview = htmlToText(
      await (await t.app.request(`${BASE}/matt-2030/forhandsvisning`, coordinator.get())).text(),
    );
    expect(preview).toContain("Besökare (personer), inget mål.");
    expect(preview).not.toContain("minst 0");
  });

  it("keeps a new row with only a value typed, so the missing description is named", async () => {
    const res = await t.app.request(
      `${BASE}/matt-2030/punkter`,
      coordinator.post({
        text: "Polisen ska …",
        responsibleKind: "municipality",
        responsiblePartyIds: PARTY.municipality,
        "targets.0.targetValue": "5",
      }),
    );
    expect(res.status).toBe(400);
  });
});

describe("a measure without a target in the follow-up round", () => {
  it("records a measurement without a target; the form and the public page say 'inget mål', not 0", async () => {
    const [measure] = await t.database.db
      .insert(schema.targets)
      .values({
        commitmentId: POINT[2],
        position: 90,
        description: { sv: "Besökare på kvällarna" },
        unit: "personer",
        targetValue: null,
        direction: "at_least",
      })
      .returning();
    const formPath = `${W}/punkter/${POINT[2]}/2026-T3`;
    const form = await (await t.app.request(formPath, reporter.get())).text();
    expect(htmlToText(form)).toContain("Inget mål. Skriv värdet för året hittills (personer).");
    expect(htmlToText(form)).not.toContain("minst 0 personer");
    const version = /name="version" value="(\d*)"/.exec(form)?.[1] ?? "";
    const index = /name="measurements\.(\d+)\.targetId" value="([^"]+)"/g;
    const row = [...form.matchAll(index)].find((m) => m[2] === measure?.id)?.[1];
    expect(row).toBeDefined();

    // A count is still checked against its kind without a target…
    const fraction = await t.app.request(
      formPath,
      reporter.post({
        version,
        intent: "save",
        status: "in_progress",
        narrative: "Vi räknar besökarna varje kväll.",
        [`measurements.${row}.targetId`]: measure?.id ?? "",
        [`measurements.${row}.value`]: "12,5",
      }),
    );
    expect(fraction.status).toBe(400);
    expect(htmlToText(await fraction.text())).toContain("ett antal är ett heltal");
    // …and a whole number is recorded.
    const saved = await t.app.request(
      formPath,
      reporter.post({
        version,
        intent: "save",
        status: "in_progress",
        narrative: "Vi räknar besökarna varje kväll.",
        [`measurements.${row}.targetId`]: measure?.id ?? "",
        [`measurements.${row}.value`]: "37",
      }),
    );
    expect(saved.status).toBe(303);
    const measured = await t.database.db
      .select()
      .from(schema.followUpMeasurements)
      .where(eq(schema.followUpMeasurements.targetId, measure?.id ?? ""));
    expect(measured.map((m) => m.value)).toEqual([37]);

    const resident = htmlToText(await (await t.app.request(`/linkoping/${ROUND_2026_REF}`)).text());
    expect(resident).toContain("Besökare på kvällarna (personer), inget mål.");
    expect(resident).not.toContain("minst 0 personer");
  });
});

describe("attainment", () => {
  it("of a target without a value is 'no target', whatever was measured", () => {
    expect(targetAttainment({ targetValue: null, direction: "at_least", measuredValue: 37 })).toEqual({
      met: null,
      ratio: null,
    });
    expect(attainmentState({ targetValue: null, direction: "at_most", measuredValue: 0 })).toBe("no_target");
    expect(attainmentState({ targetValue: 0, direction: "at_most", measuredValue: 0 })).toBe("met");
    expect(attainmentState({ targetValue: 4, direction: "at_least", measuredValue: null })).toBe(
      "not_measured",
    );
  });
});
