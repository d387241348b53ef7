import { parseArgs } from "node:util";
import { fieldErrorsOf } from "../accounts/field-errors.js";
import { ConfigError, loadConfig } from "../platform/config.js";
import { DataDirLockedError } from "../platform/db/lock.js";
import { MigrationError } from "../platform/db/migrate.js";
import { AppError } from "../platform/errors.js";
import { describeError } from "../platform/http/errors.js";
import { translator } from "../platform/i18n/index.js";
import { createLogger } from "../platform/log.js";
import { ARGUMENT_COMMANDS, COMMANDS, type CommandName, HELP } from "./commands.js";

/** Exit codes: 0 done, 1 failed, 2 wrong usage, 3 data directory in use, 4 migration failed. */
export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3, migration: 4 } as const;

/** Runs the `medborgarlofte` command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const [name, ...rest] = parsed.positionals;
  if (parsed.values.help || name === "help") {
    process.stdout.write(HELP);
    return EXIT.ok;
  }
  if (!name || !Object.hasOwn(COMMANDS, name)) {
    process.stderr.write(`${name ? `Okänt kommando: ${name}\n\n` : ""}${HELP}`);
    return EXIT.usage;
  }
  const takesArguments = ARGUMENT_COMMANDS.has(name);
  if (rest.length > 0 && !takesArguments) {
    process.stderr.write(`Kommandot ${name} tar inga argument (fick: ${rest.join(" ")}).\n`);
    return EXIT.usage;
  }
  const { help: _help, json: _json, check, ...options } = parsed.values;
  const given = Object.keys(options).filter(
    (k) => k !== "check" && options[k as keyof typeof options] !== undefined,
  );
  if (parsed.values.check && name !== "setup:apply") {
    process.stderr.write(`Kommandot ${name} tar inte --check.\n`);
    return EXIT.usage;
  }
  if (given.length > 0 && !takesArguments) {
    process.stderr.write(`Kommandot ${name} tar inga flaggor (fick: --${given.join(", --")}).\n`);
    return EXIT.usage;
  }
  try {
    const config = loadConfig(process.env);
    const log = createLogger(config.logLevel);
    return await COMMANDS[name as CommandName]({
      config,
      log,
      json: parsed.values.json ?? false,
      check: check ?? false,
      args: rest,
      options,
    });
  } catch (error) {
    // Commands load only what they use; a service's error texts live in its module's catalog.
    if (error instanceof AppError) await import("../app/modules.js");
    return reportFailure(error);
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      json: { type: "boolean" },
      check: { type: "boolean" },
      kind: { type: "string" },
      period: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      edition: { type: "string" },
      slug: { type: "string" },
      name: { type: "string" },
      municipality: { type: "string" },
      police: { type: "string" },
      county: { type: "string" },
      partnership: { type: "string" },
      email: { type: "string" },
      issuer: { type: "string" },
      "client-id": { type: "string" },
      secret: { type: "string" },
      domains: { type: "string" },
      scopes: { type: "string" },
      "email-claim": { type: "string" },
      "email-verified-claim": { type: "string" },
      "name-claim": { type: "string" },
      to: { type: "string" },
      partnerships: { type: "string" },
      years: { type: "string" },
    },
  });
}

function reportFailure(error: unknown): number {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof DataDirLockedError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.locked;
  }
  if (error instanceof MigrationError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.migration;
  }
  if (error instanceof AppError) {
    const { message, details } = describeError(error, translator("sv"));
    const fields = fieldErrorsOf(error);
    const extra = fields
      ? ` (${Object.entries(fields)
          .map(([field, reason]) => `${field}: ${reason}`)
          .join(", ")})`
      : "";
    process.stderr.write(`Fel: ${message}${extra}\n`);
    if (details !== undefined && !fields) process.stderr.write(`${JSON.stringify(details)}\n`);
    return EXIT.failed;
  }
  const message = error instanceof Error ? error.message : String(error);
  const hint = /ECONNREFUSED|ENOTFOUND|password authentication/.test(message)
    ? " Kontrollera DATABASE_URL och att PostgreSQL är igång."
    : "";
  process.stderr.write(`Fel: ${message}.${hint}\n`);
  return EXIT.failed;
}
