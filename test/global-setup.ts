import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openDatabase, wrapPglite } from "../src/platform/db/client.js";
import { migrate } from "../src/platform/db/migrate.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: URL of the migrated template database that each test file copies. */
    pgTemplateUrl: string | null;
    /** PGlite: path of a dump of a migrated database that each test file loads. */
    pgliteTemplatePath: string | null;
  }
}

/**
 * Migrates one template database per test run; each test file then gets a fresh copy
 * (CREATE DATABASE … TEMPLATE on PostgreSQL, loadDataDir on PGlite), which is fast.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const templateName = `mbl_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    const templateUrl = withDatabase(url, templateName);
    const database = await openDatabase({ kind: "postgres", url: templateUrl });
    await migrate(database);
    await database.close();
    project.provide("pgTemplateUrl", templateUrl);
    project.provide("pgliteTemplatePath", null);
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`mbl_t_${process.pid}_%`],
      );
      for (const { datname } of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname}`);
      await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
      await admin.end();
    };
  }
  const client = await PGlite.create();
  const database = wrapPglite(client, "memory://template");
  await migrate(database);
  const dump = await client.dumpDataDir("none");
  const dir = mkdtempSync(join(tmpdir(), "mbl-template-"));
  const path = join(dir, "template.tar");
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide("pgTemplateUrl", null);
  project.provide("pgliteTemplatePath", path);
  return async () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
