/**
 * Finds what looks like personal data in free text: Swedish personal identity numbers
 * (personnummer and samordningsnummer, 10 or 12 digits, with or without the separator, accepted
 * only when the date is plausible and the Luhn check digit holds), phone numbers and e-mail
 * addresses. The one check for every module: incident reports and safety-walk findings warn (the
 * writer removes it or confirms), dialogues refuse. What a module does with a finding is its own.
 */
/** Every kind, in the fixed order warnings name them (also an API enum). */
export const PERSONAL_DATA_KINDS = ["personal_identity_number", "phone_number", "email"] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Where in the text (for tests and a future highlight; never logged or stored). */
  index: number;
}

/** The Luhn check of the ten digits YYMMDDNNNC. */
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** A plausible date part (month 01–12, day 01–31, or 61–91 for a samordningsnummer). */
function plausibleDate(mmdd: string): boolean {
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

const PNR = /(?<![\d])(?:(19|20)?(\d{6}))[-+ ]?(\d{4})(?![\d])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** Swedish numbers: 07x mobile and 0x area codes, or +46; 8–10 digits with spaces or hyphens. */
const PHONE = /(?<![\d+])(?:\+46[\s-]?\(?0?\)?|0)\d{1,3}(?:[\s-]?\d){5,8}(?![\d])/g;

/** Every finding in the text, in the order found (an identity number is not also a phone number). */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(PNR)) {
    const ten = `${m[2]}${m[3]}`;
    if (plausibleDate(ten.slice(2, 6)) && luhnValid(ten)) {
      findings.push({ kind: "personal_identity_number", index: m.index });
      taken.push([m.index, m.index + m[0].length]);
    }
  }
  for (const m of text.matchAll(EMAIL)) {
    findings.push({ kind: "email", index: m.index });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(PHONE)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    findings.push({ kind: "phone_number", index: m.index });
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** The kinds found, each once, in a fixed order (what the warning names and the API returns). */
export function personalDataKinds(...texts: (string | null | undefined)[]): PersonalDataKind[] {
  const found = new Set(texts.flatMap((t) => (t ? findPersonalData(t).map((f) => f.kind) : [])));
  return PERSONAL_DATA_KINDS.filter((k) => found.has(k));
}
