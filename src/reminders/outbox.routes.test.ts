import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { prepareReminderScenario } from "../../test/factories/reminder-scenario.js";
import { tickOn } from "../../test/jobs.js";
import { principal, signedInAs } from "../../test/principals.js";
import { createApp } from "../app/create-app.js";
import { DEMO_PARTNERSHIP_ID } from "../demo/load-demo.js";
import { loadConfig } from "../platform/config.js";
import { translator } from "../platform/i18n/index.js";
import { createLogger } from "../platform/log.js";
import type { Principal } from "../platform/viewer.js";
import { workspaceMenu } from "../platform/web/menu.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await prepareReminderScenario(t.database.db, 3);
  await tickOn(t.database.db, "2018-01-07");
});
afterAll(() => t?.database.close());

/** The app on the same database, signed in as `who` (or as nobody). */
function as(who: Principal | null) {
  return createApp({
    db: t.database.db,
    config: loadConfig({ DEMO: "false" }),
    log: createLogger("silent"),
    ...(who ? { authenticate: signedInAs(who) } : {}),
  });
}
const OTHER_PARTNERSHIP = "11111111-2222-4333-8444-555555555555";
const api = `/api/v1/partnerships/${DEMO_PARTNERSHIP_ID}/outbox`;

describe("GET /api/v1/partnerships/{id}/outbox", () => {
  it("lists the partnership's mail for an administrator", async () => {
    const res = await as(principal("administrator")).request(api);
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: { to: string; kind: string; sentAt: string | null }[] };
    expect(data.map((m) => m.to).sort()).toEqual([
      "kommun@example.se",
      "kommunpolis@example.se",
      "kultur@example.se",
      "polis@example.se",
    ]);
    expect(data.every((m) => m.kind === "reminder.before_deadline" && m.sentAt === null)).toBe(true);
  });

  it("gives one mail with its text", async () => {
    const app = as(principal("administrator"));
    const { data } = (await (await app.request(api)).json()) as { data: { id: string }[] };
    const res = await app.request(`${api}/${data[0]?.id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { body: string }).body).toContain("Sista dag är 14 januari 2018");
    expect((await app.request(`${api}/${OTHER_PARTNERSHIP}`)).status).toBe(404);
  });

  it.each(["coordinator", "police_coordinator", "reporter", "reader", "communicator"] as const)(
    "refuses a %s of the partnership with 403",
    async (role) => {
      const res = await as(principal(role)).request(api);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    },
  );

  it("answers 404 to an administrator of another partnership and 401 to a resident", async () => {
    const res = await as(principal("administrator", { partnershipId: OTHER_PARTNERSHIP })).request(api);
    expect(res.status).toBe(404);
    expect((await as(null).request(api)).status).toBe(401);
  });
});

describe("/arbete/linkoping/utkorg", () => {
  it("shows an administrator every mail with a link to read it, and the Utkorg entry in the navigation", async () => {
    const res = await as(principal("administrator")).request("/arbete/linkoping/utkorg");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Utkorg</h1>");
    expect(html).toContain('href="/arbete/linkoping/utkorg" aria-current="page">Utkorg</a>');
    expect(html).toContain("Påminnelse: lämna uppföljningen för tertial 3 2017 senast 14 januari 2018");
    expect(html).toContain("kultur@example.se");
    expect(html).toContain("Inte skickat");
    expect(html).toContain("ingen SMTP-server är inställd");
    const link = /href="(\/arbete\/linkoping\/utkorg\/[0-9a-f-]{36})"/.exec(html)?.[1];
    const mail = await as(principal("administrator")).request(link ?? "");
    expect(mail.status).toBe(200);
    const body = await mail.text();
    expect(body).toContain('<pre class="mail-body">Hej ');
    expect(body).toContain("/arbete/linkoping/punkter/");
  });

  it("is refused to a coordinator (403) and only administrators see it in the navigation", async () => {
    const res = await as(principal("coordinator")).request("/arbete/linkoping/utkorg");
    expect(res.status).toBe(403);
    const labels = (p: Principal) =>
      workspaceMenu("linkoping", p.grants, translator("sv")).map((i) => i.label);
    expect(labels(principal("administrator"))).toContain("Utkorg");
    for (const role of ["coordinator", "police_coordinator", "reporter", "reader", "communicator"] as const) {
      expect(labels(principal(role))).not.toContain("Utkorg");
    }
  });

  it("sends a signed-out visitor to sign in, and answers 404 outside one's partnerships", async () => {
    const res = await as(null).request("/arbete/linkoping/utkorg");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/logga-in?next=%2Farbete%2Flinkoping%2Futkorg");
    const other = await as(principal("administrator", { partnershipId: OTHER_PARTNERSHIP })).request(
      "/arbete/linkoping/utkorg",
    );
    expect(other.status).toBe(404);
  });

  it("answers 400 to a malformed mail id and 404 to an unknown one", async () => {
    const app = as(principal("administrator"));
    expect((await app.request("/arbete/linkoping/utkorg/inte-ett-id")).status).toBe(400);
    expect((await app.request(`/arbete/linkoping/utkorg/${OTHER_PARTNERSHIP}`)).status).toBe(404);
  });
});
