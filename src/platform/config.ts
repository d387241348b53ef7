import { resolve } from "node:path";
import { z } from "zod";
import { parseDatabaseUrl } from "./db/connection-string.js";

/**
 * The one place that reads `process.env`. Everything else receives a `Config`.
 *
 * @example
 * const config = loadConfig(process.env); // throws ConfigError naming the bad variable
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "ska vara true eller false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: "ska vara ett portnummer" })
    .int("ska vara ett heltal")
    .min(0, "ska vara 0–65535")
    .max(65535, "ska vara 0–65535")
    .default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  // Checked against libpq's forms below (with the PG* variables of the same environment).
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DEMO: booleanFlag.default(true),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  DEFAULT_LOCALE: z.enum(["sv", "en"]).default("sv"),
  TRUST_PROXY: booleanFlag.default(false),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, message: "ska vara en adress som börjar med http:// eller https://" })
    .optional(),
  OPEN_DATA_PUBLISHER: z.string().trim().min(1).max(200).optional(),
  OPEN_DATA_CONTACT: z.email({ message: "ska vara en e-postadress" }).optional(),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number({ message: "ska vara ett antal sekunder" })
    .int("ska vara ett heltal")
    .min(0, "ska vara 0 (av) eller fler sekunder")
    .max(86_400, "ska vara högst 86400")
    .default(60),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, message: "ska vara en adress som smtp://användare:lösenord@värd:587" })
    .optional(),
  MAIL_FROM: z.email({ message: "ska vara en e-postadress" }).optional(),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  OIDC_SECRETS_DIR: z.string().min(1).optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce
    .number({ message: "ska vara ett antal säkerhetskopior" })
    .int("ska vara ett heltal")
    .min(1, "ska vara minst 1")
    .max(3650, "ska vara högst 3650")
    .default(7),
});

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
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Ogiltig konfiguration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
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
