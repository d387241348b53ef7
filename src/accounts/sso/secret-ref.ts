import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../../platform/config.js";

/**
 * Where a provider's client secret is: `env:OIDC_SECRET_<NAME>` (an environment variable of the
 * server) or `file:<name>` (a file in OIDC_SECRETS_DIR; a bare name, no path). The database holds
 * only this reference; the secret is read when it is needed and never shown.
 *
 * @example
 * parseSecretRef("env:OIDC_SECRET_LINKOPING") // { kind: "env", name: "OIDC_SECRET_LINKOPING" }
 * parseSecretRef("file:../../etc/shadow")      // null
 */
export type SecretRef = { kind: "env"; name: string } | { kind: "file"; name: string };

const ENV_REF = /^env:(OIDC_SECRET_[A-Z0-9_]+)$/;
const FILE_REF = /^file:([A-Za-z0-9][A-Za-z0-9._-]{0,99})$/;

export function parseSecretRef(ref: string): SecretRef | null {
  const env = ENV_REF.exec(ref);
  if (env?.[1]) return { kind: "env", name: env[1] };
  const file = FILE_REF.exec(ref);
  if (file?.[1] && !file[1].includes("..")) return { kind: "file", name: file[1] };
  return null;
}

/** The secret a reference names, or null when it is not there (unset, no directory, unreadable, empty). */
export async function resolveSecret(config: Config, ref: string): Promise<string | null> {
  const parsed = parseSecretRef(ref);
  if (!parsed) return null;
  if (parsed.kind === "env") return config.oidc.secrets[parsed.name] || null;
  if (!config.oidc.secretsDir) return null;
  try {
    const text = (await readFile(join(config.oidc.secretsDir, parsed.name), "utf8")).trim();
    return text === "" ? null : text;
  } catch {
    return null;
  }
}
