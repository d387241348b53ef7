import { readFileSync } from "node:fs";
import { normalizeWhitespace, SEED_PATH } from "./seed.js";

/** The seed's section headings in order (the title first), as they read without trailing colons. */
export const SEED_HEADINGS = [
  "Återrapportering av resultat från medborgarlöfte 2017",
  "Förslag till kommunstyrelsens beslut",
  "Ärende",
  "Beslutsunderlag",
  "Bakgrund",
  "Kommunala mål",
  "Jämställdhet",
  "Samråd",
  "Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet",
  "Beslutet skickas till",
] as const;

/** Word's placeholder, left standing in the seed under Beslutsunderlag. */
export const SEED_PLACEHOLDER = "Klicka här för att ange text.";
/** A separator line in the seed (layout, not text). */
const SEPARATOR = /_{3,}/g;

/**
 * The seed's text as sentences (whitespace-normalised): split at the headings, the bullets, before
 * list numbers ("3. En kommun…") and after sentence-ending punctuation. List numbers alone and the
 * placeholder are left out; what remains must appear verbatim in a rendering.
 */
export function seedSentences(): string[] {
  let text = normalizeWhitespace(readFileSync(SEED_PATH, "utf8").replace(SEPARATOR, " "));
  text = text.replace(SEED_PLACEHOLDER, " ");
  for (const h of SEED_HEADINGS) text = text.split(new RegExp(`${escape(h)}:?`)).join("\n");
  return text
    .split(/\n|•|(?<=[.!?:])\s+|\s+(?=\d{1,2}\.\s)/)
    .map((s) => normalizeWhitespace(s))
    .filter((s) => s.length > 0 && !/^\d{1,2}\.$/.test(s));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Checks that `headings` appear in `text` in the seed's order; returns the first out of order. */
export function firstHeadingOutOfOrder(text: string): string | null {
  let from = 0;
  for (const h of SEED_HEADINGS) {
    const at = text.indexOf(h, from);
    if (at < 0) return h;
    from = at + h.length;
  }
  return null;
}
