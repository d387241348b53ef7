import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { formBody, type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { linkFromOutbox, mailsTo } from "../../test/mail-links.js";
import { htmlToText } from "../../test/seed.js";
import { accounts } from "../accounts/accounts.schema.js";
import { DEMO_ACCOUNTS, DEMO_SYSTEM_ADMINISTRATOR } from "../demo/accounts.js";
import { loadConfig } from "../platform/config.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { inviteSystemAdministrator } from "./system-admin.js";

// An empty installation (DEMO=false): the first system administrator comes from the command line's
// service, everything after that through HTTP with real sessions and CSRF tokens.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t.database.close());

const db = () => t.database.db;
const postForm = (fields: Record<string, string>) => ({
  method: "POST",
  body: formBody(fields),
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});
const json = (s: HttpSession, body: unknown) => ({
  method: "POST",
  body: JSON.stringify(body),
  headers: { Cookie: s.cookie, "X-CSRF-Token": s.csrf, "Content-Type": "application/json" },
});

async function choosePassword(email: string, password: string) {
  const link = await linkFromOutbox(db(), email, "account.invitation");
  const page = await t.app.request(link.path);
  expect(page.status).toBe(200);
  const set = await t.app.request(link.path, postForm({ newPassword: password, repeatPassword: password }));
  expect(set.status).toBe(303);
  return link;
}

describe("the installation's administration, from an empty installation", () => {
  let system: HttpSession;

  it("the command line invites the first system administrator: a mail in the outbox and the link", async () => {
    const mail = { config: loadConfig({ DEMO: "false" }) };
    const { link } = await inviteSystemAdministrator({
      db: db(),
      viewer: SYSTEM_VIEWER,
      mail,
      email: "it@kommun.example.se",
      name: "Ida IT",
    });
    expect(link).toMatch(/^http:\/\/localhost:3000\/inbjudan\/[\w-]{43}$/);
    const [invitation] = await mailsTo(db(), "it@kommun.example.se");
    expect(invitation?.bodyText).toContain(link);
    expect(invitation?.bodyText).toContain("systemadministratör");
    const [row] = await db().select().from(accounts).where(eq(accounts.email, "it@kommun.example.se"));
    expect(row?.systemAdministrator).toBe(true);
    await choosePassword("it@kommun.example.se", "installationens lösenord");
    system = await signInOverHttp(t.app, "it@kommun.example.se", "installationens lösenord");
    const home = htmlToText(await (await t.app.request("/arbete", system.get())).text());
    expect(home).toContain("Systemadministration");
  });

  it("creates a partnership in the interface, with field errors for a bad or taken address", async () => {
    const empty = await t.app.request("/arbete/system", system.get());
    expect(empty.status).toBe(200);
    expect(htmlToText(await empty.text())).toContain("Det finns ingen samverkan ännu.");
    const fields = {
      name: "Norrköpings kommun och LPO Norrköping",
      slug: "norrkoping",
      municipalityName: "Norrköpings kommun",
      policeName: "LPO Norrköping",
      county: "Östergötlands län",
    };
    const bad = await t.app.request("/arbete/system/samverkan", system.post({ ...fields, slug: "System" }));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('href="#slug"');
    const reserved = await t.app.request(
      "/arbete/system/samverkan",
      system.post({ ...fields, slug: "system" }),
    );
    expect(reserved.status).toBe(400);
    const created = await t.app.request("/arbete/system/samverkan", system.post(fields));
    expect(created.status).toBe(303);
    expect(created.headers.get("Location")).toBe("/arbete/system/samverkan/norrkoping?skapad=1");
    const list = htmlToText(await (await t.app.request("/arbete/system", system.get())).text());
    expect(list).toContain("Östergötlands län");
    const taken = await t.app.request("/arbete/system/samverkan", system.post(fields));
    expect(taken.status).toBe(409);
    expect(htmlToText(await taken.text())).toContain("Det finns redan en samverkan med den adressen.");
  });

  it("invites the partnership's first administrator, whose link sets a password that opens the workspace", async () => {
    const bad = await t.app.request(
      "/arbete/system/samverkan/norrkoping/administratorer",
      system.post({ email: "inte-en-adress", name: "" }),
    );
    expect(bad.status).toBe(400);
    const invited = await t.app.request(
      "/arbete/system/samverkan/norrkoping/administratorer",
      system.post({ email: "admin@norrkoping.example.se", name: "Nora Admin" }),
    );
    expect(invited.status).toBe(303);
    const page = htmlToText(
      await (await t.app.request("/arbete/system/samverkan/norrkoping", system.get())).text(),
    );
    expect(page).toContain("Nora Admin (admin@norrkoping.example.se, inbjuden)");
    const [welcome] = await mailsTo(db(), "admin@norrkoping.example.se");
    expect(welcome?.bodyText).toContain("Norrköpings kommun och LPO Norrköping");
    await choosePassword("admin@norrkoping.example.se", "norrkopings lösenord");
    const admin = await signInOverHttp(t.app, "admin@norrkoping.example.se", "norrkopings lösenord");
    expect((await t.app.request("/arbete/norrkoping/konton", admin.get())).status).toBe(200);
    // The partnership's administrator is not a system administrator.
    expect((await t.app.request("/arbete/system", admin.get())).status).toBe(403);
    // And the system administrator holds no role in the partnership: its data is not theirs.
    expect((await t.app.request("/arbete/norrkoping/konton", system.get())).status).toBe(404);
  });

  it("does the same through the API, behind the same rules", async () => {
    const created = await t.app.request(
      "/api/v1/system/partnerships",
      json(system, {
        slug: "motala",
        name: "Motala",
        municipalityName: "Motala kommun",
        policeName: "LPO Motala",
      }),
    );
    expect(created.status).toBe(201);
    const body = (await created.json()) as { id: string; slug: string; administrators: unknown[] };
    expect(body).toMatchObject({ slug: "motala", administrators: [] });
    const invalid = await t.app.request(
      "/api/v1/system/partnerships",
      json(system, { slug: "Ä", name: "", municipalityName: "x", policeName: "y" }),
    );
    expect(invalid.status).toBe(400);
    const invited = await t.app.request(
      `/api/v1/system/partnerships/${body.id}/administrators`,
      json(system, { email: "admin@motala.example.se", name: "Mo Admin" }),
    );
    expect(invited.status).toBe(201);
    expect(await mailsTo(db(), "admin@motala.example.se", "account.invitation")).toHaveLength(1);
    const list = await t.app.request("/api/v1/system/partnerships", system.get());
    const partnerships = (await list.json()) as { slug: string; administrators: { email: string }[] }[];
    expect(partnerships.map((p) => p.slug)).toEqual(["motala", "norrkoping"]);
    expect(partnerships[0]?.administrators.map((a) => a.email)).toEqual(["admin@motala.example.se"]);
    const anonymous = await t.app.request("/api/v1/system/partnerships");
    expect(anonymous.status).toBe(401);
    expect(t.loggedErrors).toEqual([]);
  });

  it("a system administrator cannot invite another one (the command line only)", async () => {
    const [row] = await db().select().from(accounts).where(eq(accounts.email, "it@kommun.example.se"));
    const viewer = {
      kind: "account" as const,
      accountId: row?.id ?? "",
      personId: null,
      name: "Ida IT",
      email: "it@kommun.example.se",
      grants: [],
      mustChangePassword: false,
      systemAdministrator: true,
    };
    await expect(
      inviteSystemAdministrator({
        db: db(),
        viewer,
        mail: { config: loadConfig({ DEMO: "false" }) },
        email: "another@example.se",
        name: "Another",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("with the demo", () => {
  it("the demo system administrator signs in and sees the demo partnership; other demo roles are refused", async () => {
    const demo = await createTestApp();
    try {
      const s = await signInOverHttp(demo.app, DEMO_SYSTEM_ADMINISTRATOR.email);
      const page = htmlToText(await (await demo.app.request("/arbete/system", s.get())).text());
      expect(page).toContain("Maja Demoadmin");
      const coordinator = await signInOverHttp(demo.app, DEMO_ACCOUNTS.coordinator.email);
      expect((await demo.app.request("/arbete/system", coordinator.get())).status).toBe(403);
      expect((await demo.app.request("/arbete/system")).status).toBe(303);
    } finally {
      await demo.database.close();
    }
  });
});
