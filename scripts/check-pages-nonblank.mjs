#!/usr/bin/env node
// Checks that every page image (binary PGM, as `pdftoppm -gray` writes) has ink on it:
// at least 0.1 % of its pixels darker than mid-grey. Exits 1 naming a blank page.
//
//   node scripts/check-pages-nonblank.mjs page-1.pgm page-2.pgm …
import { readFileSync } from "node:fs";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("No page images given.");
  process.exit(1);
}
for (const file of files) {
  const data = readFileSync(file);
  // Header: "P5" width height maxval, separated by whitespace, then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
  if (!header) {
    console.error(`${file}: not a binary PGM image`);
    process.exit(1);
  }
  const pixels = data.subarray(header[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  const share = dark / pixels.length;
  if (share < 0.001) {
    console.error(`${file}: blank page (${(share * 100).toFixed(3)} % ink)`);
    process.exit(1);
  }
  console.log(`${file}: ${(share * 100).toFixed(2)} % ink`);
}
