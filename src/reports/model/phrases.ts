/**
 * The sentences and headings the document generator writes itself, in the documents' language
 * (Swedish). These are document content, not interface texts, so they live here rather than in a
 * message catalog; each takes the data it speaks about.
 */
import type { TargetDirection } from "../../followups/attainment.js";
import type { FollowUpStatus } from "../../followups/statuses.js";
import { periodName } from "../../periods/calendar.js";
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

/** A period code in words (documents are Swedish; the one naming function is the calendar's). @example periodWords("2017-T2") // "tertial 2 2017" */
export function periodWords(code: string): string {
  return periodName(code, "sv");
}

/** "§ 45" from "45" or "§45". */
export const paragraphLabel = (paragraph: string) => `§ ${paragraph.replace(/^§\s*/, "").trim()}`;

/**
 * A decision item in the minutes' att-form: "Kommunstyrelsen godkänner X" → "godkänna X";
 * an item already in att-form ("att godkänna X", "godkänna X") is kept. Null when the item does
 * not start with the body and a present-tense verb (it is then printed as written).
 */
export function attForm(item: string, body: string): string | null {
  const text = item.trim().replace(/[.]$/, "");
  const withoutAtt = /^att\s+/i.test(text) ? text.replace(/^att\s+/i, "") : null;
  if (withoutAtt !== null) return withoutAtt;
  const prefix = new RegExp(`^${body.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(\\S+)\\s+(.*)$`, "iu");
  const m = prefix.exec(text);
  if (!m) return /^[a-zåäö]/.test(text) && !/^\S+r\s/.test(text) ? text : null;
  const [, verb = "", rest = ""] = m;
  const infinitive =
    verb === "ger"
      ? "ge"
      : /ar$/.test(verb)
        ? verb.slice(0, -1)
        : /[^e]er$/.test(verb)
          ? `${verb.slice(0, -2)}a`
          : null;
  return infinitive ? `${infinitive} ${rest}` : null;
}

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
  /** A measure recorded without a target: in the target column and the "met" column. */
  noTarget: "Inget mål",
  carried: "Punkten tas med till kommande medborgarlöfte.",
  closed: "Punkten avslutas med detta medborgarlöfte.",
  noResult: "Ingen godkänd uppföljning finns för den sista perioden.",
  councilGoals: "Kommunala mål",
  genderEquality: "Jämställdhet",
  indicatorsIntro:
    "Trygghetsmätningar i området, för kvinnor och män var för sig. Värden från färre än 5 svar redovisas inte.",
  indicatorFigure: (title: string) => `Diagram: ${title}`,
  indicatorsDemo: " (exempeldata)",
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
  memoType: "TJÄNSTESKRIVELSE",
  extractType: "PROTOKOLLSUTDRAG",
  dated: "Datum",
  registration: "Diarienummer",
  officer: "Handläggare",
  addressee: "Till",
  edition: "Utgåva",
  meeting: "Sammanträdesdatum",
  logoAlt: (municipality: string) => `${municipality}s logotyp`,
  /** "Kommunstyrelsen beslutade 2018-02-06, § 45, att" (continues with the items). */
  decided: (body: string, on: string, paragraph: string | null) =>
    `${capitalize(body)} beslutade ${on}${paragraph ? `, ${paragraphLabel(paragraph)}` : ""},`,
  decisionLabel: "Beslut",
  decisionProposalKept: "Förslaget till beslut nedan är det som lades fram.",
  correctionLabel: "Rättelse",
  replaces: (
    edition: number,
    replaced: number,
    body: string | null,
    on: string | null,
    paragraph: string | null,
  ) =>
    `Denna utgåva (utgåva ${edition}) ersätter utgåva ${replaced}${
      on
        ? `, som ${body ? `${body} ` : ""}beslutade ${on}${paragraph ? `, ${paragraphLabel(paragraph)}` : ""}`
        : ""
    }.`,
  replacesReason: (reason: string) => `Skäl till rättelsen: ${reason.trim().replace(/[.]?$/, ".")}`,
  extractTitle: (title: string) => title,
  extractDecisionLead: (body: string) => `${capitalize(body)} beslutar`,
  justifierSignature: "Justerandes signatur",
  extractAttestation: "Utdragsbestyrkande",
  demoNote: `${"*"} Exempeldata: värdet är påhittat för demonstrationen och finns inte i originaldokumentet.`,
  // Period report
  periodTitle: (period: string, promise: string) => `Uppföljning ${periodWords(period)}: ${promise}`,
  /** What the figures refer to. */
  figuresOf: (period: string) => `Siffrorna gäller ${periodWords(period)}.`,
  figuresLatest: (period: string) =>
    `Ingen punkt har en godkänd uppföljning för ${periodWords(period)}. Nedan visas i stället den senast godkända uppföljningen av varje punkt, med den period den gäller.`,
  figuresNone: (period: string) =>
    `Ingen punkt har en godkänd uppföljning för ${periodWords(period)} eller någon tidigare period.`,
  progressUpTo: (period: string) =>
    `Det samlade värdet räknas på den senast godkända uppföljningen av varje punkt till och med ${periodWords(period)}.`,
  statusOf: (label: string, period: string) => `Status ${periodWords(period)}: ${label}.`,
  latestOf: (period: string) => `Senast godkända uppföljning: ${periodWords(period)}.`,
  chartCaptionOf: (period: string) => `Punkternas status per ansvarig part, ${periodWords(period)}`,
  chartTableCaptionOf: (period: string) =>
    `Antal punkter per status och ansvarig part, ${periodWords(period)}`,
  chartCaptionLatest: "Punkternas senast godkända status per ansvarig part",
  chartTableCaptionLatest: "Antal punkter per senast godkänd status och ansvarig part",
  targetsCaptionOf: (n: number, period: string) => `Mätbara mål för punkt ${n}, ${periodWords(period)}`,
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
  noFollowUp: (period: string) => `Ingen godkänd uppföljning för ${periodWords(period)}.`,
  latestStatus: (period: string, label: string) =>
    `Senast godkända uppföljning: ${periodWords(period)}, status ${label}.`,
  changeFirst: "Första uppföljningen av punkten.",
  changeNone: (prev: string) => `Ingen ändring av status sedan ${periodWords(prev)}.`,
  changeStatus: (prev: string, from: string, to: string) =>
    `Sedan ${periodWords(prev)} har status ändrats från ${from} till ${to}.`,
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
