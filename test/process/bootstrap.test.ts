import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childDatabase, runCli, startServe } from "./cli.js";

/** A new installation without demo data: a partnership and its first administrator from the CLI. */
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
];

describe("setting up an installation from the command line", () => {
  let password = "";

  it("creates a partnership once, and says so clearly the second time", async () => {
    const first = await runCli(partnership, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("Samverkan norrkoping är upplagd");
    const again = await runCli(partnership, env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Det finns redan en samverkan med kortnamnet norrkoping.");
  }, 120_000);

  it("creates the first administrator with a one-time password, refusing an unknown partnership", async () => {
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
    password = (JSON.parse(created.stdout) as { password: string }).password;
    expect(password.length).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it("lets the administrator sign in, and sends them to change the password first", async () => {
    const server = await startServe(env);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const signIn = await fetch(`${base}/logga-in`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "ada@norrkoping.example.se", password }),
      });
      expect(signIn.status).toBe(303);
      const cookie = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect(cookie).toMatch(/^mbl_session=/);
      const workspace = await fetch(`${base}/arbete/norrkoping`, { redirect: "manual", headers: { cookie } });
      expect(workspace.status).toBe(303);
      expect(workspace.headers.get("location")).toContain("/byt-losenord");
    } finally {
      server.child.kill("SIGTERM");
    }
  }, 120_000);
});
