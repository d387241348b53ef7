#!/usr/bin/env node
// Run by `npm install` (the `prepare` script): makes sure the system programs the product and its
// tests need are there — Debian's Chromium (PDF printing, browser tests) and poppler-utils (reading
// PDFs back in tests). As root on Debian it installs what is missing with apt-get; otherwise it
// says what to install. Set MBL_SKIP_SYSTEM_PACKAGES=1 to skip.
import { execFileSync, spawnSync } from "node:child_process";

const NEEDED = [
  { command: "chromium", pkg: "chromium", why: "PDF-utskrift och webbläsartester" },
  { command: "pdftotext", pkg: "poppler-utils", why: "tester som läser PDF" },
];

const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;

if (process.env.MBL_SKIP_SYSTEM_PACKAGES === "1") process.exit(0);
const missing = NEEDED.filter((n) => !has(n.command));
if (missing.length === 0) process.exit(0);

const list = missing.map((m) => m.pkg).join(" ");
const canInstall = process.getuid?.() === 0 && has("apt-get");
if (!canInstall) {
  console.warn(
    `Saknas: ${missing.map((m) => `${m.command} (${m.why})`).join(", ")}. Installera: apt-get install ${list}`,
  );
  process.exit(0);
}
console.log(`Installerar ${list} (${missing.map((m) => m.why).join(", ")}) …`);
try {
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing.map((m) => m.pkg)], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
} catch (error) {
  console.warn(
    `Kunde inte installera ${list}: ${error.message}. Installera dem själv: apt-get install ${list}`,
  );
}
