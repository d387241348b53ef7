import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../platform/config.js";
import { checkProvider } from "./manage-providers.js";
import { parseSecretRef, resolveSecret } from "./secret-ref.js";

describe("client secret references", () => {
  it("names only OIDC_SECRET_* variables and bare file names", () => {
    expect(parseSecretRef("env:OIDC_SECRET_LINKOPING")).toEqual({
      kind: "env",
      name: "OIDC_SECRET_LINKOPING",
    });
    expect(parseSecretRef("file:polisen.txt")).toEqual({ kind: "file", name: "polisen.txt" });
    for (const bad of [
      "env:DATABASE_URL",
      "env:SMTP_URL",
      "file:../x",
      "file:/etc/shadow",
      "file:a/b",
      "hemligt",
      "",
    ])
      expect(parseSecretRef(bad), bad).toBeNull();
  });

  it("reads the secret from the configuration's variables or the secrets directory, else null", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mbl-secrets-"));
    writeFileSync(join(dir, "polisen"), "fil-hemlighet\n");
    const config = loadConfig({
      OIDC_SECRET_A: "env-hemlighet",
      OIDC_SECRETS_DIR: dir,
      DATABASE_URL: "postgres://x",
    });
    expect(await resolveSecret(config, "env:OIDC_SECRET_A")).toBe("env-hemlighet");
    expect(await resolveSecret(config, "env:OIDC_SECRET_B")).toBeNull();
    expect(await resolveSecret(config, "file:polisen")).toBe("fil-hemlighet");
    expect(await resolveSecret(config, "file:saknas")).toBeNull();
    expect(Object.keys(config.oidc.secrets)).toEqual(["OIDC_SECRET_A"]);
    expect(await resolveSecret(loadConfig({}), "file:polisen")).toBeNull();
  });
});

describe("a provider's settings", () => {
  const valid = {
    name: "Linköpings kommun",
    issuer: "https://login.microsoftonline.com/abc/v2.0",
    clientId: "id",
    clientSecretRef: "env:OIDC_SECRET_X",
    scopes: "",
    emailClaim: "",
    emailVerifiedClaim: "xms_edov",
    nameClaim: "",
    allowedDomains: "Linkoping.se, @polisen.se",
    selfService: false,
  };

  it("fills in the defaults and normalises the domains", () => {
    const { values, errors } = checkProvider(valid);
    expect(errors).toEqual({});
    expect(values).toMatchObject({
      scopes: "openid email profile",
      emailClaim: "email",
      emailVerifiedClaim: "xms_edov",
      nameClaim: "name",
      allowedDomains: ["linkoping.se", "polisen.se"],
    });
  });

  it("refuses plain http (except on this machine), scopes without openid, bad claims and domains", () => {
    const { errors } = checkProvider({
      ...valid,
      issuer: "http://idp.example.se",
      scopes: "email profile",
      nameClaim: "namn med mellanslag",
      allowedDomains: "inte en domän",
    });
    expect(errors).toEqual({
      issuer: "issuer_invalid",
      scopes: "scopes_invalid",
      nameClaim: "claim_invalid",
      allowedDomains: "domains_invalid",
    });
    expect(checkProvider({ ...valid, issuer: "http://127.0.0.1:8080" }).errors).toEqual({});
  });
});
