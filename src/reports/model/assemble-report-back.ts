/**
 * Assembles the report-back (återrapportering) from data, in the seed document's section order.
 * Pure: plain data in, a document model out.
 */
import { targetAttainment } from "../../followups/attainment.js";
import type { Block, DocumentModel, Inline, ListItem } from "./document.js";
import { capitalize, DIRECTION_LABELS, formatValue, P, STATUS_LABELS, yearsLabel } from "./phrases.js";
import type {
  CommitmentData,
  PeriodFollowUp,
  ReportBackData,
  ReportBackInput,
  ResponsibleKindCode,
} from "./report-data.js";

const GROUP_ORDER: ResponsibleKindCode[] = ["joint", "municipality", "police", "other"];

/** Splits a stored text into paragraphs (blank-line separated); blank text gives none. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0);

const URL_PATTERN = /(https?:\/\/\S+?|www\.\S+?)(?=[.,;:!?)]*(?:\s|$))/g;

/** Text with its web addresses as links. @example linkify("Se www.polisen.se.") // ["Se ", { text: "www.polisen.se", href: "http://www.polisen.se" }, "."] */
export function linkify(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    const url = m[0];
    out.push({ text: url, href: url.startsWith("www.") ? `http://${url}` : url });
    last = at + url.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const para = (...content: Inline[]): Block => ({ type: "paragraph", content });
const paras = (text: string): Block[] => paragraphsOf(text).map((p) => para(...linkify(p)));
const h2 = (text: string, anchor?: string): Block => ({ type: "heading", level: 2, text, anchor });

/** The approved follow-up of the final period, if any. */
export function finalFollowUp(c: CommitmentData, finalPeriod: string | null): PeriodFollowUp | null {
  if (!finalPeriod) return null;
  return c.followUps.find((f) => f.periodCode === finalPeriod && f.state === "approved") ?? null;
}

/** The table of measured values against targets, or nothing when the point has no targets. */
export function targetsTable(c: CommitmentData, followUp: PeriodFollowUp | null): Block[] {
  if (c.targets.length === 0) return [];
  const rows = c.targets.map((t) => {
    const measured = followUp?.measurements[t.id] ?? null;
    const { met } =
      measured === null
        ? { met: null }
        : targetAttainment({ targetValue: t.targetValue, direction: t.direction, measuredValue: measured });
    return [
      t.description,
      `${DIRECTION_LABELS[t.direction]} ${formatValue(t.targetValue, t.unit)}`,
      measured === null ? "–" : formatValue(measured, t.unit),
      P.met[String(met) as "true" | "false" | "null"],
    ];
  });
  return [{ type: "table", caption: P.targetsCaption(c.number), header: P.targetsHeader, rows }];
}

function pointItem(c: CommitmentData, finalPeriod: string | null): ListItem {
  const followUp = finalFollowUp(c, finalPeriod);
  const blocks: Block[] = [];
  if (followUp) {
    blocks.push(...paras(followUp.narrative));
    blocks.push(para(P.status(STATUS_LABELS[followUp.status])));
  } else {
    blocks.push(para(P.noResult));
  }
  blocks.push(...targetsTable(c, followUp));
  // The carry-over decision, unless the result text already says it in the same words.
  const reason = c.carryOverReason?.trim();
  const narrative = followUp?.narrative ?? "";
  if (c.carryOver && !(reason && narrative.includes(reason))) {
    blocks.push(para(reason || (c.carryOver === "carry" ? P.carried : P.closed)));
  }
  return { content: [c.text], blocks };
}

function pointsBlocks(input: ReportBackInput): Block[] {
  const { promise } = input;
  const finalPeriod = promise.periods.at(-1) ?? null;
  const blocks: Block[] = [
    para(P.pointsLeadIn(yearsLabel(promise.fromYear, promise.toYear), promise.commitments.length)),
  ];
  for (const kind of GROUP_ORDER) {
    const group = promise.commitments.filter((c) => c.responsibleKind === kind);
    if (group.length === 0) continue;
    blocks.push({ type: "heading", level: 3, text: P.groups[kind], anchor: `punkter-${kind}` });
    blocks.push({ type: "list", ordered: false, items: group.map((c) => pointItem(c, finalPeriod)) });
  }
  return blocks;
}

function councilGoalBlocks(input: ReportBackInput): Block[] {
  const goals = new Map<number, string>();
  for (const c of input.promise.commitments) for (const g of c.goals) goals.set(g.number, g.text);
  const sorted = [...goals.entries()].sort(([a], [b]) => a - b);
  return [
    h2(P.councilGoals, "kommunala-mal"),
    ...paras(input.report.goalsIntro),
    ...(sorted.length
      ? [
          {
            type: "labelled-list",
            items: sorted.map(([n, text]) => ({ label: `${n}.`, content: [text] })),
          } satisfies Block,
        ]
      : []),
  ];
}

/** The Samråd sentences, written from the consultation records. */
export function consultationSentences(consultations: ReportBackData["consultations"]): string[] {
  const out: string[] = [];
  const collaborated = consultations.filter((c) => c.mode === "collaborated").map((c) => c.body);
  const prepared = consultations.filter((c) => c.mode === "prepared").map((c) => c.body);
  if (collaborated.length) out.push(P.collaborated(collaborated));
  if (prepared.length) out.push(P.prepared(prepared, collaborated.length > 0));
  if (consultations.length === 0) return out;
  const allEndorse = consultations.every((c) => c.stance === "endorses");
  if (allEndorse && consultations.length > 1) out.push(P.allEndorse);
  else for (const c of consultations) out.push(P.stance[c.stance ?? "none"](c.body));
  for (const c of consultations) if (c.comment?.trim()) out.push(P.quote(c.body, c.comment.trim()));
  return out;
}

function attachmentItems(report: ReportBackData): ListItem[] {
  return report.attachments.map((a) => ({ content: [a.title] }));
}

/**
 * The report-back: title; Förslag till beslut; Ärende; Beslutsunderlag; Bakgrund with the points
 * grouped joint / municipality / police and their results; Kommunala mål; Jämställdhet; Samråd;
 * publication; MBL; signatories; Beslutet skickas till.
 */
export function assembleReportBack(input: ReportBackInput): DocumentModel {
  const { report, promise } = input;
  const blocks: Block[] = [
    h2(P.decisionProposal(report.addressee), "forslag-till-beslut"),
    { type: "list", ordered: true, items: report.decisionItems.map((d) => ({ content: [d.text] })) },
    h2(P.matter, "arende"),
    ...paras(report.matter),
    h2(P.attachments, "beslutsunderlag"),
    { type: "list", ordered: false, items: attachmentItems(report) },
    h2(P.background, "bakgrund"),
    ...paras(report.background),
    ...pointsBlocks(input),
    ...councilGoalBlocks(input),
    h2(P.genderEquality, "jamstalldhet"),
    ...paras(report.genderEquality),
    h2(P.consultation, "samrad"),
    para(consultationSentences(report.consultations).join(" ")),
    ...paras(report.publicationNote),
    ...paras(report.committeeNote),
    h2(P.mbl, "mbl"),
    ...paras(report.mblStatement),
    ...(report.links.length
      ? [
          {
            type: "list",
            ordered: false,
            items: report.links.map((l) => ({ content: [{ text: l.label ?? l.url, href: l.url }] })),
          } satisfies Block,
        ]
      : []),
    {
      type: "signatures",
      unit: report.issuingUnit,
      names: report.signatories.map((s) => (s.title ? `${s.name}, ${s.title}` : s.name)),
    },
    h2(P.distribution, "beslutet-skickas-till"),
    { type: "list", ordered: false, items: report.distribution.map((r) => ({ content: [r] })) },
  ];
  return {
    meta: {
      kind: "aterrapportering",
      title: report.title,
      language: "sv",
      municipality: input.municipality,
      registrationNumber: report.registrationNumber,
      datedOn: report.datedOn,
      edition: report.edition,
      subtitle: `${P.memo} · ${capitalize(promise.title)}`,
    },
    blocks,
  };
}
