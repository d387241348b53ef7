/**
 * Who may send a spreadsheet (issue 12), over HTTP with real sessions: the public is asked to
 * sign in (401, like every other write), a role that may not import is refused 403 before the
 * file is read — even a file that would change nothing — and a role that may imports it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { signInOverHttp } from "../../test/http-session.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_PROMISE, ROUND_2026_REF } from "../demo/round-2026-ids.js";

let t: TestApp;
let unchanged: string;
beforeAll(async () => {
  t = await createTestApp();
  const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
  const exported = await t.app.request(
    `/api/v1/promises/${ROUND_2026_PROMISE}/export.csv`,
    coordinator.get(),
  );
  expect(exported.status).toBe(200);
  unchanged = await exported.text();
});
afterAll(() => t.database.close());

const API = `/api/v1/promises/${ROUND_2026_PROMISE}/import`;

describe("spreadsheet import: who may send one", () => {
  it("answers the public 401 (not 404) through the API", async () => {
    const response = await t.app.request(API, {
      method: "POST",
      body: unchanged,
      headers: { "Content-Type": "text/csv" },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it("refuses a reader 403 for an unchanged file, through the API and the form", async () => {
    const reader = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const api = await t.app.request(API, {
      method: "POST",
      body: unchanged,
      headers: { Cookie: reader.cookie, "X-CSRF-Token": reader.csrf, "Content-Type": "text/csv" },
    });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const form = new FormData();
    form.append("_csrf", reader.csrf);
    form.append("file", new File([unchanged], "import.csv", { type: "text/csv" }));
    const page = await t.app.request(`/arbete/linkoping/loften/${ROUND_2026_REF}/import`, {
      method: "POST",
      body: form,
      headers: { Cookie: reader.cookie },
    });
    expect(page.status).toBe(403);
  });

  it("lets the coordinator import the same unchanged file (nothing changes)", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const response = await t.app.request(API, {
      method: "POST",
      body: unchanged,
      headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
    });
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { pointsUpdated: number; followUpsUpdated: number } };
    expect(data.pointsUpdated + data.followUpsUpdated).toBe(0);
    expect(t.loggedErrors).toEqual([]);
  });

  it("refuses a file whose cells hold a control character (never a 500)", async () => {
    const coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    // A NUL inside a word of a point's row: the file is refused as a whole, before any row is read.
    const lines = unchanged.split("\n");
    const word = /[a-zåäö]{6,}/.exec(lines[1] ?? "")?.[0] ?? "";
    expect(word).not.toBe("");
    lines[1] = (lines[1] ?? "").replace(word, `${word.slice(0, 3)}\u0000${word.slice(3)}`);
    const response = await t.app.request(API, {
      method: "POST",
      body: lines.join("\n"),
      headers: { Cookie: coordinator.cookie, "X-CSRF-Token": coordinator.csrf, "Content-Type": "text/csv" },
    });
    const body = await response.text();
    expect(response.status).toBe(422);
    expect(body).toContain("ett otillåtet tecken");
    expect(t.loggedErrors).toEqual([]);
  });
});
