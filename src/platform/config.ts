import { resolve } from "node:path";
import { z } from "zod";

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
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "ska börja med postgres:// eller postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  DEMO: booleanFlag.default(true),
  LOG_LEVEL: z.enum(["silent", "error", "info", "debug"]).default("info"),
  DEFAULT_LOCALE: z.enum(["sv", "en"]).default("sv"),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
});

export type DatabaseConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the demo partnership on the first start of an empty embedded database. */
  demo: boolean;
  logLevel: "silent" | "error" | "info" | "debug";
  defaultLocale: "sv" | "en";
  /** Chromium used to print PDFs (Debian's by default). */
  chromiumPath: string;
}

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
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: resolve(e.DATA_DIR) },
    demo: e.DEMO,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    chromiumPath: e.CHROMIUM_PATH,
  };
}
