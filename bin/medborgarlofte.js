#!/usr/bin/env node
// The `medborgarlofte` command. Runs the compiled build (made by `npm install` through the
// `prepare` script); in a checkout without a build, say how to make one.
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ keeps compiled code between runs (a CLI command starts faster); Node 20 has no cache.
module.enableCompileCache?.();

const entry = new URL("../dist/cli/index.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("Programmet är inte byggt. Kör: npm run build\n");
  process.exit(1);
}
await import(entry.href);
