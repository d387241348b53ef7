import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childDatabase, runCli, startServe } from "./cli.js";

/**
 * A new installation without demo data: the first system administrator, a partnership and its
 * first administrator from the CLI; the printed one-time links set their passwords.
 */
let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await childDatabase("bootstrap", { DEMO: "false" }));
});
afterAll(() => cleanup());

const partnership = [
  "partnership:create",
  "--slug",
  "norrkoping",
  "--name",
  "Norrköpings kommun och LPO Norrköping",
  "--municipality",
  "Norrköpings kommun",
  "--police",
  "Polismyndigheten LPO Norrköping",
  "--county",
  "Östergötlands län",
];

const linkPath = (link: string) => new URL(link).pathname;

describe("setting up an installation from the command line", () => {
  let adminLink = "";
  let systemLink = "";

  it("invites the first system administrator: the invitation is in the outbox and its link printed", async () => {
    const usage = await runCli(["admin:invite"], env);
    expect(usage.code).toBe(2);
    const invited = await runCli(["admin:invite", "it@kommun.example.se", "--name", "Ida IT"], env);
    expect(invited.code, invited.stderr).toBe(0);
    expect(invited.stdout).toContain("it@kommun.example.se är inbjuden. Inbjudan ligger i utkorgen.");
    systemLink = /https?:\/\/\S+\/inbjudan\/[\w-]+/.exec(invited.stdout)?.[0] ?? "";
    expect(systemLink).not.toBe("");
  }, 120_000);

  it("creates a partnership once, and says so clearly the second time", async () => {
    const first = await runCli(partnership, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Samverkan norrkoping är upplagd");
    const again = await runCli(partnership, env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Det finns redan en samverkan med kortnamnet norrkoping.");
  }, 120_000);

  it("invites a partnership's administrator with a link, refusing an unknown partnership", async () => {
    const unknown = await runCli(
      ["admin:create", "--partnership", "finns-inte", "--email", "a@example.se", "--name", "A"],
      env,
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Det finns ingen samverkan med id:t finns-inte.");
    const created = await runCli(
      [
        "admin:create",
        "--partnership",
        "norrkoping",
        "--email",
        "Ada@Norrkoping.example.se",
        "--name",
        "Ada Admin",
        "--json",
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    adminLink = (JSON.parse(created.stdout) as { link: string }).link;
    expect(adminLink).toMatch(/\/inbjudan\/[\w-]{43}$/);
  }, 120_000);

  it("the links set the passwords once; then both sign in (the system administrator to /arbete/system)", async () => {
    const server = await startServe(env);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const choose = (link: string, password: string) =>
        fetch(`${base}${linkPath(link)}`, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ newPassword: password, repeatPassword: password }),
        });
      const signIn = async (email: string, password: string) => {
        const r = await fetch(`${base}/logga-in`, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ email, password }),
        });
        expect(r.status).toBe(303);
        return r.headers.get("set-cookie")?.split(";")[0] ?? "";
      };
      expect((await fetch(`${base}${linkPath(adminLink)}`)).status).toBe(200);
      expect((await choose(adminLink, "adas eget lösenord")).status).toBe(303);
      expect((await choose(adminLink, "ett annat lösenord")).status).toBe(404);
      const cookie = await signIn("ada@norrkoping.example.se", "adas eget lösenord");
      expect(cookie).toMatch(/^mbl_session=/);
      const workspace = await fetch(`${base}/arbete/norrkoping/konton`, {
        redirect: "manual",
        headers: { cookie },
      });
      expect(workspace.status).toBe(200);

      expect((await choose(systemLink, "installationens lösenord")).status).toBe(303);
      const system = await signIn("it@kommun.example.se", "installationens lösenord");
      const page = await fetch(`${base}/arbete/system`, { redirect: "manual", headers: { cookie: system } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Norrköpings kommun och LPO Norrköping");
    } finally {
      server.child.kill("SIGTERM");
    }
  }, 120_000);
});
