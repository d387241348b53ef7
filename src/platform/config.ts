import { resolve } from "node:path";
import { parseDatabaseUrl } from "./db/connection-string.js";

/**
 * The one place that reads `process.env`. Everything else receives a `Config`.
 *
 * @example
 * const config = loadConfig(process.env); // throws ConfigError naming the bad variable
 */
// Read by hand rather than with zod: every command reads the configuration, and zod's ~90 modules
// cost a short CLI command a tenth of its time (issue 12.8). Each reader returns the value or a
// Swedish reason; the variables' rules are below in `readEnv`.
type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const FLAGS: Record<string, boolean> = {
  true: true,
  "1": true,
  yes: true,
  false: false,
  "0": false,
  no: false,
};

function integer(value: string, unit: string, min: number, max: number, range: string): Read<number> {
  const number = Number(value);
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(value) || !Number.isFinite(number))
    return { ok: false, reason: `ska vara ${unit}` };
  if (!Number.isInteger(number)) return { ok: false, reason: "ska vara ett heltal" };
  if (number < min || number > max) return { ok: false, reason: range };
  return { ok: true, value: number };
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): Read<T> {
  return (allowed as readonly string[]).includes(value)
    ? { ok: true, value: value as T }
    : { ok: false, reason: `ska vara en av ${allowed.join(", ")}` };
}

function url(value: string, protocols: readonly string[], reason: string): Read<string> {
  try {
    const parsed = new URL(value);
    if (protocols.includes(parsed.protocol.slice(0, -1)) && parsed.hostname) return { ok: true, value };
  } catch {
    // falls through to the reason
  }
  return { ok: false, reason };
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** The environment's variables checked one by one; every problem is collected, then reported together. */
function readEnv(env: Record<string, string>) {
  const problems: string[] = [];
  const take = <T>(name: string, read: (value: string) => Read<T>): T | undefined => {
    const value = env[name];
    if (value === undefined) return undefined;
    const result = read(value);
    if (result.ok) return result.value;
    problems.push(`${name}: ${result.reason}`);
    return undefined;
  };
  const text = (value: string): Read<string> => ({ ok: true, value });
  const flag = (value: string): Read<boolean> =>
    value in FLAGS
      ? { ok: true, value: FLAGS[value] as boolean }
      : { ok: false, reason: "ska vara true eller false" };
  const values = {
    PORT: take("PORT", (v) => integer(v, "ett portnummer", 0, 65535, "ska vara 0–65535")) ?? 3000,
    HOST: take("HOST", text) ?? "0.0.0.0",
    // Checked against libpq's forms below (with the PG* variables of the same environment).
    DATABASE_URL: take("DATABASE_URL", text),
    DATA_DIR: take("DATA_DIR", text) ?? "./data",
    DEMO: take("DEMO", flag) ?? true,
    LOG_LEVEL:
      take("LOG_LEVEL", (v) => oneOf(v, ["silent", "error", "warn", "info", "debug"] as const)) ?? "info",
    DEFAULT_LOCALE: take("DEFAULT_LOCALE", (v) => oneOf(v, ["sv", "en"] as const)) ?? "sv",
    TRUST_PROXY: take("TRUST_PROXY", flag) ?? false,
    PUBLIC_URL: take("PUBLIC_URL", (v) =>
      url(v, ["http", "https"], "ska vara en adress som börjar med http:// eller https://"),
    ),
    OPEN_DATA_PUBLISHER: take("OPEN_DATA_PUBLISHER", (v) =>
      v.trim() !== "" && v.trim().length <= 200
        ? { ok: true, value: v.trim() }
        : { ok: false, reason: "ska vara ett namn på högst 200 tecken" },
    ),
    OPEN_DATA_CONTACT: take("OPEN_DATA_CONTACT", (v) =>
      EMAIL.test(v) ? { ok: true, value: v } : { ok: false, reason: "ska vara en e-postadress" },
    ),
    JOBS_INTERVAL_SECONDS:
      take("JOBS_INTERVAL_SECONDS", (v) =>
        integer(v, "ett antal sekunder", 0, 86_400, "ska vara 0 (av) eller fler sekunder, högst 86400"),
      ) ?? 60,
    SMTP_URL: take("SMTP_URL", (v) =>
      url(v, ["smtp", "smtps"], "ska vara en adress som smtp://användare:lösenord@värd:587"),
    ),
    MAIL_FROM: take("MAIL_FROM", (v) =>
      EMAIL.test(v) ? { ok: true, value: v } : { ok: false, reason: "ska vara en e-postadress" },
    ),
    CHROMIUM_PATH: take("CHROMIUM_PATH", text) ?? "/usr/bin/chromium",
    OIDC_SECRETS_DIR: take("OIDC_SECRETS_DIR", text),
    BACKUP_DIR: take("BACKUP_DIR", text),
    BACKUP_KEEP:
      take("BACKUP_KEEP", (v) => integer(v, "ett antal säkerhetskopior", 1, 3650, "ska vara 1–3650")) ?? 7,
  };
  return { values, problems };
}

/** Environment variables that may hold an OpenID provider's client secret (`env:OIDC_SECRET_…`). */
const OIDC_SECRET_PREFIX = "OIDC_SECRET_";

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

/** Where mail goes: kept in the outbox table only, or also delivered over SMTP. */
export type MailConfig =
  | { provider: "outbox"; from: string }
  | { provider: "smtp"; url: string; from: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the demo partnership on the first start of an empty embedded database. */
  demo: boolean;
  logLevel: "silent" | "error" | "warn" | "info" | "debug";
  defaultLocale: "sv" | "en";
  /**
   * Behind a reverse proxy: take the client's address (for sign-in throttling) from the last entry
   * of X-Forwarded-For, which the proxy appends. Off: the socket's address.
   */
  trustProxy: boolean;
  /** Base of links in e-mails, without a trailing slash. */
  publicUrl: string;
  /**
   * PUBLIC_URL was set. Open data (feeds, the DCAT catalogue, the sitemap) needs absolute
   * addresses: without it they are built from the request's own address.
   */
  publicUrlConfigured: boolean;
  /**
   * Who publishes the installation's open data (the DCAT catalogue's publisher and contact):
   * OPEN_DATA_PUBLISHER (default: the only partnership's municipality, else "Medborgarlöfte")
   * and OPEN_DATA_CONTACT (default: MAIL_FROM).
   */
  openData: { publisher: string | null; contactEmail: string };
  /** Seconds between scheduler ticks; 0 turns the scheduler off. */
  jobsIntervalSeconds: number;
  mail: MailConfig;
  /** Chromium used to print PDFs (Debian's by default). */
  chromiumPath: string;
  /**
   * Where OpenID providers' client secrets may come from: environment variables named
   * `OIDC_SECRET_*` (a provider refers to one as `env:OIDC_SECRET_…`) and files in one directory
   * (`file:<name>`). Nothing else can be named, so a provider's configuration cannot send another
   * secret of the server (DATABASE_URL, SMTP_URL, any file) to an issuer.
   */
  oidc: { secrets: Readonly<Record<string, string>>; secretsDir: string | null };
  /** The nightly backup: off unless BACKUP_DIR is set; keeps the newest `keep` files. */
  backup: { dir: string | null; keep: number };
}

const DEFAULT_MAIL_FROM = "medborgarlofte@localhost";

/** Raised for invalid environment variables; the message names the variable and the reason. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses and validates the environment. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const { values: e, problems } = readEnv(cleaned as Record<string, string>);
  if (problems.length > 0) throw new ConfigError(`Ogiltig konfiguration:\n  ${problems.join("\n  ")}`);
  if (e.DATABASE_URL) {
    try {
      parseDatabaseUrl(e.DATABASE_URL, { env: cleaned });
    } catch (error) {
      throw new ConfigError(
        `Ogiltig konfiguration:\n  DATABASE_URL: ${(error as Error).message} (exempel: postgres://användare@värd/databas, postgres:///databas?host=/var/run/postgresql, host=/var/run/postgresql dbname=databas)`,
      );
    }
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(e.DATA_DIR) },
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    trustProxy: e.TRUST_PROXY,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    publicUrlConfigured: e.PUBLIC_URL !== undefined,
    openData: {
      publisher: e.OPEN_DATA_PUBLISHER ?? null,
      contactEmail: e.OPEN_DATA_CONTACT ?? e.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    },
    jobsIntervalSeconds: e.JOBS_INTERVAL_SECONDS,
    mail: e.SMTP_URL
      ? { provider: "smtp", url: e.SMTP_URL, from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM }
      : { provider: "outbox", from: e.MAIL_FROM ?? DEFAULT_MAIL_FROM },
    chromiumPath: e.CHROMIUM_PATH,
    oidc: {
      secrets: Object.fromEntries(
        Object.entries(cleaned).filter(
          (entry): entry is [string, string] =>
            entry[0].startsWith(OIDC_SECRET_PREFIX) && typeof entry[1] === "string",
        ),
      ),
      secretsDir: e.OIDC_SECRETS_DIR ? resolve(e.OIDC_SECRETS_DIR) : null,
    },
    backup: { dir: e.BACKUP_DIR ? resolve(e.BACKUP_DIR) : null, keep: e.BACKUP_KEEP },
  };
}
