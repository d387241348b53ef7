/**
 * The sentences and headings the document generator writes itself, in the documents' language
 * (Swedish). These are document content, not interface texts, so they live here rather than in a
 * message catalog; each takes the data it speaks about.
 */
import type { TargetDirection } from "../../followups/attainment.js";
import type { FollowUpStatus } from "../../followups/statuses.js";
import type { ResponsibleKindCode } from "./report-data.js";

const NUMBER_WORDS = [
  "noll",
  "en",
  "två",
  "tre",
  "fyra",
  "fem",
  "sex",
  "sju",
  "åtta",
  "nio",
  "tio",
  "elva",
  "tolv",
];

/** Numbers up to twelve as words, larger as digits (Swedish style). @example numberWord(8) // "åtta" */
export const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

/** "A", "A och B", "A, B och C". */
export function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items.at(-1)}`;
}

/** "2017" or "2017–2018". */
export const yearsLabel = (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`);

/** Swedish genitive: "kommunstyrelsen" → "kommunstyrelsens"; words ending in s, x or z take none. */
export const genitive = (word: string) => (/[sxz]$/i.test(word) ? word : `${word}s`);

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const P = {
  decisionProposal: (addressee: string) => `Förslag till ${genitive(addressee)} beslut`,
  matter: "Ärende",
  attachments: "Beslutsunderlag",
  background: "Bakgrund",
  pointsLeadIn: (years: string, count: number) =>
    count === 1
      ? `Medborgarlöftet för ${years} har omfattat följande punkt:`
      : `Medborgarlöftet för ${years} har omfattat följande ${numberWord(count)} punkter:`,
  groups: {
    joint: "Kommunens och polisens gemensamma åtgärder",
    municipality: "Kommunens åtaganden",
    police: "Polisens åtaganden",
    other: "Övriga åtaganden",
  } satisfies Record<ResponsibleKindCode, string>,
  status: (label: string) => `Status: ${label}.`,
  targetsCaption: (n: number) => `Mätbara mål för punkt ${n}`,
  targetsHeader: ["Mål", "Målvärde", "Uppmätt", "Uppfyllt"],
  met: { true: "Ja", false: "Nej", null: "Inte mätt" },
  carried: "Punkten tas med till kommande medborgarlöfte.",
  closed: "Punkten avslutas med detta medborgarlöfte.",
  noResult: "Ingen godkänd uppföljning finns för den sista perioden.",
  councilGoals: "Kommunala mål",
  genderEquality: "Jämställdhet",
  consultation: "Samråd",
  collaborated: (bodies: string[]) => `I ärendet har samverkan skett med ${joinAnd(bodies)}.`,
  prepared: (bodies: string[], also: boolean) =>
    `Medborgarlöftet har ${also ? "också " : ""}beretts i ${joinAnd(bodies)}.`,
  allEndorse: "Samtliga tillstyrker avrapporteringen.",
  stance: {
    endorses: (b: string) => `${capitalize(b)} tillstyrker avrapporteringen.`,
    no_objection: (b: string) => `${capitalize(b)} har inget att invända mot avrapporteringen.`,
    rejects: (b: string) => `${capitalize(b)} avstyrker avrapporteringen.`,
    none: (b: string) => `${capitalize(b)} har ännu inte lämnat något yttrande.`,
  },
  quote: (b: string, comment: string) => `${capitalize(b)} skriver: ”${comment}”`,
  mbl: "Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet",
  distribution: "Beslutet skickas till",
  memo: "Tjänsteskrivelse",
  // Period report
  periodTitle: (period: string, promise: string) => `Uppföljning ${period}: ${promise}`,
  periodSubtitle: "Rapport till utskottet och för webben",
  summary: "Sammanfattning",
  progress: (percent: number | null, counted: number, total: number) =>
    percent === null
      ? `Ingen punkt har ännu en godkänd uppföljning, så det finns inget samlat värde för löftet.`
      : `Löftet är till ${percent} procent genomfört enligt den publicerade regeln (${counted} av ${total} punkter räknas).`,
  partyProgress: (name: string, percent: number | null) =>
    percent === null ? `${name}: inget värde ännu.` : `${name}: ${percent} procent.`,
  chartCaption: "Punkternas status per ansvarig part",
  chartAlt: (parts: string[]) => `Stapeldiagram över punkternas status per ansvarig part. ${parts.join(" ")}`,
  chartTableCaption: "Antal punkter per status och ansvarig part",
  party: "Part",
  points: "Punkterna",
  point: (n: number, text: string) => `Punkt ${n}. ${text}`,
  noFollowUp: "Ingen godkänd uppföljning för perioden.",
  changeFirst: "Första uppföljningen av punkten.",
  changeNone: (prev: string) => `Ingen ändring av status sedan ${prev}.`,
  changeStatus: (prev: string, from: string, to: string) =>
    `Sedan ${prev} har status ändrats från ${from} till ${to}.`,
  changeMeasure: (desc: string, from: string, to: string) => `${desc}: från ${from} till ${to}.`,
};

export const STATUS_LABELS: Record<FollowUpStatus, string> = {
  not_started: "ej påbörjad",
  in_progress: "pågår",
  done: "genomförd",
  partly_done: "delvis genomförd",
  not_done: "ej genomförd",
  not_applicable: "ej aktuell",
};

export const DIRECTION_LABELS: Record<TargetDirection, string> = {
  at_least: "minst",
  at_most: "högst",
  exactly: "exakt",
};

/** "12 st" or "12" — numbers with a Swedish decimal comma. */
export const formatValue = (value: number, unit: string | null) =>
  `${String(value).replace(".", ",")}${unit ? ` ${unit}` : ""}`;
