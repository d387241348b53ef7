import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The seed document (Linköping's report-back 2017): a byte-for-byte copy of
 * `shared/domain/seed-aterrapportering-medborgarlofte-2017.txt`, kept in the repository so that
 * the tests do not depend on where the repository is checked out.
 */
export const SEED_PATH = fileURLToPath(
  new URL("./fixtures/seed-aterrapportering-medborgarlofte-2017.txt", import.meta.url),
);

/** Collapses every run of whitespace to one space, so wrapped lines compare equal. */
export const normalizeWhitespace = (text: string) => text.replace(/\s+/g, " ").trim();

export const seedText = () => normalizeWhitespace(readFileSync(SEED_PATH, "utf8"));

/** The seed's eight bullet points, in order. */
export function seedBullets(): string[] {
  return readFileSync(SEED_PATH, "utf8")
    .split("•")
    .slice(1)
    .map((chunk) => normalizeWhitespace(chunk.split(/\n\s*\n/)[0] ?? ""));
}

/** Decodes the few HTML entities our renderer writes, and drops tags, for text comparisons. */
export function htmlToText(html: string): string {
  return normalizeWhitespace(
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );
}

/** The result text under each of the seed's eight points, in order. */
export function seedResults(): string[] {
  return readFileSync(SEED_PATH, "utf8")
    .split("•")
    .slice(1)
    .map((chunk) =>
      normalizeWhitespace(
        (chunk.split("Kommunala mål")[0] ?? "")
          .split(/\n\s*\n/)
          .slice(1)
          .join(" "),
      ),
    );
}
