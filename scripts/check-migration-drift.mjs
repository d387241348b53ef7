#!/usr/bin/env node
// Fails when the Drizzle schema (src/**/*.schema.ts) and the committed migrations disagree:
// generates migrations into a copy of migrations/ and checks that nothing new appears.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// drizzle-kit reads `out` relative to the project, so the copy lives inside it (git-ignored).
const scratch = mkdtempSync(join(root, ".drift-"));
const copy = join(scratch, "migrations");
cpSync(join(root, "migrations"), copy, { recursive: true });
const before = readdirSync(copy).sort();
try {
  execFileSync(join(root, "node_modules/.bin/drizzle-kit"), ["generate", "--name", "drift"], {
    cwd: root,
    env: { ...process.env, DRIZZLE_OUT: relative(root, copy) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const added = readdirSync(copy).filter((f) => !before.includes(f));
  if (added.length > 0) {
    console.error(
      `The schema has changes without a migration (${added.join(", ")}). Run: npm run db:generate`,
    );
    process.exitCode = 1;
  } else {
    console.log("Migrations match the schema.");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
