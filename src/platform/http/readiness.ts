import { accessSync, constants } from "node:fs";
import { sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../db/client.js";
import { readMigrations } from "../db/migrate.js";
import { queryRows } from "../db/rows.js";
import { lastPrint } from "../pdf/status.js";
import type { AppEnv } from "./env.js";

export interface ReadinessCheck {
  name: "database" | "migrations" | "pdf";
  ok: boolean;
  detail: string;
}

/** How long the database may take to answer before the server counts as not ready. */
const DATABASE_TIMEOUT_MS = 2000;

/**
 * `GET /readyz`: whether this process can serve everything — the database answers, every
 * committed migration is applied (and none unknown to this version), and the PDF printer is
 * available (the Chromium executable is there and the last print, if any, did not fail). Cheap:
 * no browser is launched. 200 with the checks, or 503 when one fails.
 */
export function readinessHandler(deps: { db: Db; chromiumPath: string; migrations?: () => string[] }) {
  let committed: string[] | null = null;
  const committedMigrations = () => {
    committed ??= deps.migrations ? deps.migrations() : readMigrations().map((m) => m.name);
    return committed;
  };
  return async (c: Context<AppEnv>) => {
    const checks = [...(await databaseChecks(deps.db, committedMigrations())), pdfCheck(deps.chromiumPath)];
    const ready = checks.every((check) => check.ok);
    c.header("Cache-Control", "no-store");
    return c.json({ status: ready ? "ready" : "not_ready", checks }, ready ? 200 : 503);
  };
}

async function databaseChecks(db: Db, committed: string[]): Promise<ReadinessCheck[]> {
  let applied: string[];
  try {
    applied = await withTimeout(
      queryRows<{ name: string }>(db, sql`SELECT name FROM schema_migrations ORDER BY name`).then((rows) =>
        rows.map((r) => r.name),
      ),
      DATABASE_TIMEOUT_MS,
    );
  } catch (error) {
    // The database answered, but has no migrations table (42P01: undefined table).
    const reachable = pgCode(error) === "42P01";
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    return [
      { name: "database", ok: reachable, detail: reachable ? "answers" : reason },
      { name: "migrations", ok: false, detail: reachable ? "no migrations applied" : "database unreachable" },
    ];
  }
  const missing = committed.filter((name) => !applied.includes(name));
  const unknown = applied.filter((name) => !committed.includes(name));
  const ok = missing.length === 0 && unknown.length === 0;
  return [
    { name: "database", ok: true, detail: "answers" },
    {
      name: "migrations",
      ok,
      detail: ok
        ? `current (${committed.at(-1) ?? "none"})`
        : [
            missing.length ? `not applied: ${missing.join(", ")}` : "",
            unknown.length ? `applied but unknown to this version: ${unknown.join(", ")}` : "",
          ]
            .filter(Boolean)
            .join("; "),
    },
  ];
}

function pdfCheck(chromiumPath: string): ReadinessCheck {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    return { name: "pdf", ok: false, detail: `no executable Chromium at ${chromiumPath} (CHROMIUM_PATH)` };
  }
  const last = lastPrint();
  if (last && !last.ok) {
    return { name: "pdf", ok: false, detail: `last print failed at ${last.at.toISOString()}: ${last.error}` };
  }
  return {
    name: "pdf",
    ok: true,
    detail: last ? `last print ok at ${last.at.toISOString()}` : `Chromium at ${chromiumPath}`,
  };
}

function pgCode(error: unknown): string | undefined {
  for (let e = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
