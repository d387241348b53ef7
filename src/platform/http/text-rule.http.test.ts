/**
 * The boundary rule for text (issue 12) over HTTP with real sessions and CSRF: the requests that
 * answered 500 before (NUL in sign-in, a 3,000-character e-mail, NUL in a narrative, a reopen
 * reason, a promise title) are refused with 400 and a message, and nothing is logged as an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/app.js";
import { formBody, type HttpSession, signInOverHttp } from "../../../test/http-session.js";
import { periodId } from "../../../test/matrix/fixtures.js";
import { htmlToText } from "../../../test/seed.js";
import { DEMO_ACCOUNTS } from "../../demo/accounts.js";
import { ROUND_2026_POINT } from "../../demo/round-2026-ids.js";

let t: TestApp;
let coordinator: HttpSession;
beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
});
afterAll(() => t.database.close());

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };
const NUL = "\u0000";

const json = (s: HttpSession, method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
});

describe("sign-in refuses bad text before the account lookup", () => {
  it("answers a NUL in the e-mail with 400 and a Swedish message, not 500", async () => {
    const response = await t.app.request("/logga-in", {
      method: "POST",
      body: "email=a%00b&password=x",
      headers: FORM,
    });
    expect(response.status).toBe(400);
    expect(htmlToText(await response.text())).toContain("innehåller ett otillåtet tecken");
    expect(t.loggedErrors).toEqual([]);
  });

  it("answers an e-mail of 3,000 characters and a password of 5,000 with 400 beside the field", async () => {
    const long = `${"a".repeat(3000)}@example.se`;
    const response = await t.app.request("/logga-in", {
      method: "POST",
      body: formBody({ email: long, password: "x" }),
      headers: FORM,
    });
    expect(response.status).toBe(400);
    expect(htmlToText(await response.text())).toContain("Texten är för lång.");
    const password = await t.app.request("/logga-in", {
      method: "POST",
      body: formBody({ email: "a@example.se", password: "p".repeat(5000) }),
      headers: FORM,
    });
    expect(password.status).toBe(400);
    expect(t.loggedErrors).toEqual([]);
  });

  it("refuses a control character in the query string too", async () => {
    const response = await t.app.request("/logga-in?next=%2Farbete%01");
    expect(response.status).toBe(400);
    const api = await t.app.request("/api/v1/partnerships?x=%00");
    expect(api.status).toBe(400);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe("invalid_text");
  });
});

describe("NUL in a text field of a signed-in user", () => {
  it("a follow-up narrative through the API: 400 invalid_text; the same body without it is saved", async () => {
    const path = `/api/v1/commitments/${ROUND_2026_POINT[2]}/follow-ups/2026-T3`;
    const body = (narrative: string) => ({
      version: null,
      status: "in_progress",
      narrative,
      measurements: [],
      links: [],
    });
    const refused = await t.app.request(path, json(coordinator, "PUT", body(`Bra${NUL}arbete`)));
    expect(refused.status).toBe(400);
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("invalid_text");
    expect(error.message).toContain("narrative");
    // Without the NUL the rule lets it through (the demo's draft has a version, hence 409).
    const passed = await t.app.request(path, json(coordinator, "PUT", body("Bra arbete")));
    expect(passed.status).toBe(409);
    expect(((await passed.json()) as { error: { code: string } }).error.code).toBe("conflict");
    expect(t.loggedErrors).toEqual([]);
  });

  it("refuses a control character in a JSON key as well", async () => {
    const path = `/api/v1/commitments/${ROUND_2026_POINT[2]}/follow-ups/2026-T3`;
    const refused = await t.app.request(path, json(coordinator, "PUT", { [`x${NUL}`]: 1 }));
    expect(refused.status).toBe(400);
  });

  it("the period reopen reason, in the form and through the API", async () => {
    const page = await t.app.request(
      "/arbete/linkoping/perioder/2026-T2/oppna",
      coordinator.post({ reason: `Saknades${NUL}` }),
    );
    expect(page.status).toBe(400);
    expect(htmlToText(await page.text())).toContain("Fältet reason innehåller ett otillåtet tecken");
    const api = await t.app.request(
      `/api/v1/periods/${await periodId(t.database.db, "2026-T2")}/reopen`,
      json(coordinator, "POST", { reason: `a${NUL}b` }),
    );
    expect(api.status).toBe(400);
    expect(t.loggedErrors).toEqual([]);
  });

  it("a promise title and a carry-over reason in the editor's forms", async () => {
    const title = await t.app.request(
      "/arbete/linkoping/loften",
      coordinator.post({
        ref: "nul-test",
        title: `Titel${NUL}`,
        fromYear: "2027",
        toYear: "2028",
        areaIds: [],
        partyIds: [],
      }),
    );
    expect(title.status).toBe(400);
    const reason = await t.app.request(
      "/arbete/linkoping/loften/skaggetorp-2026/punkter/00000000-0000-4000-8000-000000000000/overforing",
      coordinator.post({ decision: "close", reason: `Klar\u0007`, version: "1" }),
    );
    expect(reason.status).toBe(400);
    expect(htmlToText(await reason.text())).toContain("otillåtet tecken");
    expect(t.loggedErrors).toEqual([]);
  });

  it("accepts tab, newline and CRLF in a form (the rule refuses only the other control characters)", async () => {
    const response = await t.app.request(
      "/arbete/linkoping/perioder/2026-T2/oppna",
      coordinator.post({ reason: "Rad ett\r\n\tRad två" }),
    );
    expect(response.status).toBeLessThan(400);
  });
});
