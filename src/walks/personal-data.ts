/**
 * Free text that looks like it holds personal data: a personal identity number (personnummer or
 * samordningsnummer, with or without century and separator), a phone number or an e-mail address.
 * Used to warn whoever writes a finding (findings describe places, never people); the warning can
 * be confirmed, so a false alarm (a year span, an article number) does not block the work.
 */
export type PersonalDataKind = "personal_number" | "phone" | "email";

const PATTERNS: [PersonalDataKind, RegExp][] = [
  [
    "personal_number",
    /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]|[6-8]\d|9[01])[-+ ]?\d{4}(?![\d-])/,
  ],
  ["email", /[^\s@]+@[^\s@]+\.[a-z]{2,}/i],
  ["phone", /(?<![\d])(?:\+46[\s-]?|0)\d{1,3}(?:[\s-]?\d){5,8}(?![\d])/],
];

/** The kinds of personal data the text seems to contain (empty: none found). */
export function personalDataIn(text: string): PersonalDataKind[] {
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}
