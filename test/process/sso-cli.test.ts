import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childDatabase, runCli } from "./cli.js";

/** Identity providers for the whole installation are set up from the command line. */
let env: Record<string, string>;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ env, cleanup } = await childDatabase("sso-cli", {
    DEMO: "false",
    OIDC_SECRET_REGION: "hemligt-värde-123",
  }));
});
afterAll(() => cleanup());

describe("sso commands", () => {
  it("adds an installation-wide provider, lists it without its secret, and switches it off", async () => {
    const bad = await runCli(
      [
        "sso:add",
        "--name",
        "Region",
        "--issuer",
        "http://idp.example.se",
        "--client-id",
        "mbl",
        "--secret",
        "env:DATABASE_URL",
        "--domains",
        "region.se",
      ],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("issuer: issuer_invalid");
    expect(bad.stderr).toContain("clientSecretRef: secret_ref_invalid");

    const added = await runCli(
      [
        "sso:add",
        "--name",
        "Region Östergötland",
        "--issuer",
        "https://idp.region.example.se/realms/region",
        "--client-id",
        "medborgarlofte",
        "--secret",
        "env:OIDC_SECRET_REGION",
        "--domains",
        "regionostergotland.se",
        "--json",
      ],
      env,
    );
    expect(added.code, added.stderr).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: string };

    const listed = await runCli(["sso:list", "--json"], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).not.toContain("hemligt-värde-123");
    const providers = JSON.parse(listed.stdout) as {
      id: string;
      installationWide: boolean;
      secretFound: boolean;
      enabled: boolean;
    }[];
    expect(providers).toEqual([
      expect.objectContaining({ id, installationWide: true, secretFound: true, enabled: true }),
    ]);

    const off = await runCli(["sso:disable", id], env);
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toContain("Region Östergötland är avstängd.");
    const after = JSON.parse((await runCli(["sso:list", "--json"], env)).stdout) as { enabled: boolean }[];
    expect(after[0]?.enabled).toBe(false);
  }, 180_000);
});
