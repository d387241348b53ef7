/**
 * Assembles the report-back (återrapportering) from data, in the seed document's section order.
 * Pure: plain data in, a document model out.
 */
import { targetAttainment } from "../../followups/attainment.js";
import { figureChart, figureTable, type IndicatorFigure } from "../../indicators/figures.js";
import type { Block, DocumentMeta, DocumentModel, Inline, Letterhead, ListItem } from "./document.js";
import {
  attForm,
  capitalize,
  DIRECTION_LABELS,
  formatValue,
  P,
  paragraphLabel,
  STATUS_LABELS,
  yearsLabel,
} from "./phrases.js";
import {
  type CommitmentData,
  type DemoMarks,
  NO_DEMO_MARKS,
  type PeriodFollowUp,
  type ReportBackData,
  type ReportBackInput,
  type ResponsibleKindCode,
} from "./report-data.js";

/**
 * Marks demo-invented values while a document is assembled, and remembers whether it marked any
 * (the document then carries the "exempeldata" note).
 */
export class DemoMarker {
  used = false;
  constructor(readonly marks: DemoMarks = NO_DEMO_MARKS) {}
  /** The text, marked when `invented`. */
  value(text: string, invented: boolean): Inline {
    if (!invented) return text;
    this.used = true;
    return { text, mark: "demo" };
  }
  reportField = (field: string) => this.marks.reportFields.includes(field);
  attachment = (id: string | undefined) => id !== undefined && this.marks.attachmentIds.includes(id);
  target = (id: string) => this.marks.targetIds.includes(id);
  status = (commitmentId: string, period: string) =>
    this.marks.followUpStatuses.includes(`${commitmentId}/${period}`);
  narrative = (commitmentId: string, period: string) =>
    (this.marks.followUpNarratives ?? []).includes(`${commitmentId}/${period}`);
  measurement = (commitmentId: string, period: string, targetId: string) =>
    this.marks.measurements.includes(`${commitmentId}/${period}/${targetId}`);
  /** The note block, when anything was marked. */
  note(): Block[] {
    return this.used ? [{ type: "note", content: [P.demoNote] }] : [];
  }
}

/** Plain text of a marked value with its sign (for running headers and metadata). */
export const markedText = (text: string, invented: boolean) => (invented ? `${text}*` : text);

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
export function targetsTable(
  c: CommitmentData,
  followUp: PeriodFollowUp | null,
  demo: DemoMarker = new DemoMarker(),
  caption: string = P.targetsCaption(c.number),
): Block[] {
  if (c.targets.length === 0) return [];
  const rows = c.targets.map((t) => {
    const measured = followUp?.measurements[t.id] ?? null;
    const { met } =
      measured === null || t.targetValue === null
        ? { met: null }
        : targetAttainment({ targetValue: t.targetValue, direction: t.direction, measuredValue: measured });
    const inventedTarget = demo.target(t.id);
    const inventedValue =
      measured !== null && followUp !== null && demo.measurement(c.id, followUp.periodCode, t.id);
    return [
      [demo.value(t.description, inventedTarget)],
      [
        demo.value(
          t.targetValue === null
            ? P.noTarget
            : `${DIRECTION_LABELS[t.direction]} ${formatValue(t.targetValue, t.unit)}`,
          inventedTarget,
        ),
      ],
      [demo.value(measured === null ? "–" : formatValue(measured, t.unit), inventedValue)],
      t.targetValue === null ? P.noTarget : P.met[String(met) as "true" | "false" | "null"],
    ];
  });
  return [{ type: "table", caption, header: P.targetsHeader, rows }];
}

function pointItem(c: CommitmentData, finalPeriod: string | null, demo: DemoMarker): ListItem {
  const followUp = finalFollowUp(c, finalPeriod);
  const blocks: Block[] = [];
  if (followUp) {
    const invented = demo.narrative(c.id, followUp.periodCode);
    blocks.push(
      ...paragraphsOf(followUp.narrative).map((p, i, all) =>
        para(...(invented && i === all.length - 1 ? [demo.value(p, true)] : linkify(p))),
      ),
    );
    blocks.push(
      para(demo.value(P.status(STATUS_LABELS[followUp.status]), demo.status(c.id, followUp.periodCode))),
    );
  } else {
    blocks.push(para(P.noResult));
  }
  blocks.push(...targetsTable(c, followUp, demo));
  // The carry-over decision, unless the result text already says it in the same words.
  const reason = c.carryOverReason?.trim();
  const narrative = followUp?.narrative ?? "";
  if (c.carryOver && !(reason && narrative.includes(reason))) {
    blocks.push(para(reason || (c.carryOver === "carry" ? P.carried : P.closed)));
  }
  return { content: [c.text], blocks };
}

/**
 * The points with their results, joint / municipality / police in turn (the seed's order): one
 * list as in the seed, or under group subheadings when the setting asks for them.
 */
function pointsBlocks(input: ReportBackInput, demo: DemoMarker): Block[] {
  const { promise } = input;
  const finalPeriod = promise.periods.at(-1) ?? null;
  const blocks: Block[] = [
    para(P.pointsLeadIn(yearsLabel(promise.fromYear, promise.toYear), promise.commitments.length)),
  ];
  const groups = GROUP_ORDER.map((kind) => ({
    kind,
    points: promise.commitments.filter((c) => c.responsibleKind === kind),
  })).filter((g) => g.points.length > 0);
  if (!input.settings?.pointGroupHeadings) {
    const items = groups.flatMap((g) => g.points.map((c) => pointItem(c, finalPeriod, demo)));
    blocks.push({ type: "list", ordered: false, items });
    return blocks;
  }
  for (const { kind, points } of groups) {
    blocks.push({ type: "heading", level: 3, text: P.groups[kind], anchor: `punkter-${kind}` });
    blocks.push({ type: "list", ordered: false, items: points.map((c) => pointItem(c, finalPeriod, demo)) });
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

function attachmentItems(report: ReportBackData, demo: DemoMarker): ListItem[] {
  return report.attachments.map((a) => ({ content: [demo.value(a.title, demo.attachment(a.id))] }));
}

/** The decision in the minutes' words: "Kommunstyrelsen beslutade 2018-02-06, § 45, att …". */
export function decisionBlocks(
  decision: NonNullable<ReportBackData["decision"]>,
  lead: string = P.decided(decision.body, decision.decidedOn, decision.paragraph),
): Block[] {
  const att = decision.items.map((i) => attForm(i, decision.body));
  if (att.every((a): a is string => a !== null)) {
    if (att.length === 1) return [para(`${lead} att ${att[0]}.`)];
    return [
      para(`${lead} att`),
      {
        type: "list",
        ordered: true,
        items: att.map((a, i) => ({ content: [`${a}${i < att.length - 1 ? "," : "."}`] })),
      },
    ];
  }
  return [
    para(`${lead.replace(/,$/, "")}:`),
    { type: "list", ordered: true, items: decision.items.map((i) => ({ content: [i] })) },
  ];
}

/** The decision as one sentence (for file metadata). */
export function decisionSentence(decision: NonNullable<ReportBackData["decision"]>): string {
  return decisionBlocks(decision)
    .flatMap((b) =>
      b.type === "paragraph"
        ? [b.content.map((c) => (typeof c === "string" ? c : c.text)).join("")]
        : b.type === "list"
          ? b.items.map(
              (i, n) => `${n + 1}. ${i.content.map((c) => (typeof c === "string" ? c : c.text)).join("")}`,
            )
          : [],
    )
    .join(" ");
}

/** "Handläggare" lines: name and title; unit; phone; e-mail. Nothing without an officer. */
function officerLines(report: ReportBackData, demo: DemoMarker): Inline[][] {
  const o = report.handlingOfficer;
  if (!o?.name.trim()) return [];
  const invented = demo.reportField("handlingOfficer");
  const lines = [
    [o.name, o.title].filter(Boolean).join(", "),
    // The unit once: not again when the heading's office line already names it.
    o.unit && o.unit !== report.office && o.unit !== report.issuingUnit ? o.unit : null,
    o.phone ? `Telefon ${o.phone}` : null,
    o.email ? { text: o.email, href: `mailto:${o.email}` } : null,
  ].filter((l) => l !== null && l !== "");
  return lines.map((l) => (typeof l === "string" ? [demo.value(l, invented)] : [l as Inline]));
}

/** The partnership's logo as the heading block carries it (base64, so a frozen model keeps it). */
export function logoOf(input: ReportBackInput): Letterhead["logo"] {
  const logo = input.report.logo;
  if (!logo) return null;
  return {
    mediaType: logo.mediaType,
    base64: Buffer.from(logo.bytes).toString("base64"),
    alt: P.logoAlt(input.municipality),
  };
}

/** The tjänsteskrivelse heading block: municipality and office; type, date, Dnr, officer; addressee. */
export function memoLetterhead(
  input: ReportBackInput,
  demo: DemoMarker,
  documentType: string = P.memoType,
): Letterhead {
  const { report } = input;
  const fields: Letterhead["fields"] = [];
  if (report.datedOn) {
    fields.push({ label: P.dated, lines: [[demo.value(report.datedOn, demo.reportField("datedOn"))]] });
  }
  if (report.registrationNumber) {
    fields.push({
      label: P.registration,
      lines: [[demo.value(report.registrationNumber, demo.reportField("registrationNumber"))]],
    });
  }
  const officer = officerLines(report, demo);
  if (officer.length) fields.push({ label: P.officer, lines: officer });
  if (report.edition > 1) fields.push({ label: P.edition, lines: [[String(report.edition)]] });
  const office = [report.issuingUnit, report.office].filter((x): x is string => Boolean(x?.trim()));
  return {
    organisation: [input.municipality, ...office],
    logo: logoOf(input),
    documentType,
    fields,
    addressee: report.addressee.trim() ? capitalize(report.addressee.trim()) : null,
  };
}

/** The running header and the file metadata of a report-back (or its extract). */
export function reportMeta(input: ReportBackInput, demo: DemoMarker): Partial<DocumentMeta> {
  const { report } = input;
  const dnr = report.registrationNumber
    ? `Dnr ${markedText(report.registrationNumber, demo.reportField("registrationNumber"))}`
    : null;
  const decision = report.decision
    ? {
        body: report.decision.body,
        decidedOn: report.decision.decidedOn,
        paragraph: report.decision.paragraph ? paragraphLabel(report.decision.paragraph) : null,
        sentence: decisionSentence(report.decision),
      }
    : null;
  return {
    runningHeader: [input.municipality, ...(dnr ? [dnr] : [])],
    decision,
    description: decision?.sentence ?? null,
    keywords: [
      ...(report.registrationNumber ? [`Dnr ${report.registrationNumber}`] : []),
      ...(decision
        ? [
            `${capitalize(decision.body)} ${decision.decidedOn}${decision.paragraph ? ` ${decision.paragraph}` : ""}`,
          ]
        : []),
    ],
  };
}

/** The framed notices at the top: the decision of a decided edition, what a correction replaces. */
function noticeBlocks(report: ReportBackData): Block[] {
  const out: Block[] = [];
  if (report.replaces) {
    const r = report.replaces;
    out.push({
      type: "box",
      label: P.correctionLabel,
      blocks: [
        para(P.replaces(report.edition, r.edition, r.body ?? null, r.decidedOn, r.paragraph)),
        ...(r.reason.trim() ? [para(P.replacesReason(r.reason))] : []),
      ],
    });
  }
  if (report.decision) {
    out.push({ type: "box", label: P.decisionLabel, blocks: decisionBlocks(report.decision) });
  }
  return out;
}

/**
 * The survey indicators of the promise's areas by gender, each as a line chart (HTML and PDF; Word
 * gets its caption and text alternative) and the table of the same numbers (every format).
 */
export function indicatorBlocks(figures: IndicatorFigure[]): Block[] {
  if (figures.length === 0) return [];
  const out: Block[] = [para(P.indicatorsIntro)];
  for (const f of figures) {
    const chart = figureChart(f, "");
    const table = figureTable(f);
    const demo = f.demo ? P.indicatorsDemo : "";
    out.push(
      {
        type: "figure",
        chart: {
          kind: "line",
          categories: chart.categories,
          series: chart.series,
          xLabel: chart.xLabel,
          yLabel: chart.yLabel,
          ...(chart.yMin !== undefined ? { yMin: chart.yMin } : {}),
          ...(chart.yMax !== undefined ? { yMax: chart.yMax } : {}),
          description: chart.description,
        },
        alt: chart.title,
        caption: `${P.indicatorFigure(chart.title)}${demo}`,
      },
      { type: "table", caption: `${table.caption}${demo}`, header: table.header, rows: table.rows },
    );
  }
  return out;
}

/**
 * The report-back: title; Förslag till beslut; Ärende; Beslutsunderlag; Bakgrund with the points
 * grouped joint / municipality / police and their results; Kommunala mål; Jämställdhet; Samråd;
 * publication; MBL; signatories; Beslutet skickas till.
 */
export function assembleReportBack(input: ReportBackInput): DocumentModel {
  const { report } = input;
  const demo = new DemoMarker(input.demo);
  const letterhead = memoLetterhead(input, demo);
  const body: Block[] = [
    h2(P.decisionProposal(report.addressee), "forslag-till-beslut"),
    { type: "list", ordered: true, items: report.decisionItems.map((d) => ({ content: [d.text] })) },
    h2(P.matter, "arende"),
    ...paras(report.matter),
    h2(P.attachments, "beslutsunderlag"),
    { type: "list", ordered: false, items: attachmentItems(report, demo) },
    h2(P.background, "bakgrund"),
    ...paras(report.background),
    ...pointsBlocks(input, demo),
    ...councilGoalBlocks(input),
    h2(P.genderEquality, "jamstalldhet"),
    ...paras(report.genderEquality),
    ...indicatorBlocks(input.indicators ?? []),
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
  const blocks = [...demo.note(), ...noticeBlocks(report), ...body];
  return {
    meta: {
      kind: "aterrapportering",
      title: report.title,
      language: "sv",
      municipality: input.municipality,
      registrationNumber: report.registrationNumber,
      datedOn: report.datedOn,
      edition: report.edition,
      // The seed has no subtitle; the heading block says what the document is.
      subtitle: null,
      letterhead,
      ...reportMeta(input, demo),
    },
    blocks,
  };
}

/**
 * A protokollsutdrag (extract from the minutes) of a decided edition: "§ 45  Dnr KS 2018/124
 * <title>", the decision ("Kommunstyrelsen beslutar att …"), "Beslutet skickas till", and in the
 * footer of every page "Justerandes signatur" and "Utdragsbestyrkande".
 */
export function assembleProtocolExtract(input: ReportBackInput): DocumentModel {
  const { report } = input;
  const decision = report.decision;
  if (!decision) throw new RangeError(`Edition ${report.edition} has no decision to extract`);
  const demo = new DemoMarker(input.demo);
  const inventedDecision = demo.reportField("decision");
  const fields: Letterhead["fields"] = [
    { label: P.meeting, lines: [[demo.value(decision.decidedOn, inventedDecision)]] },
  ];
  const titleParts = [
    ...(decision.paragraph ? [markedText(paragraphLabel(decision.paragraph), inventedDecision)] : []),
    ...(report.registrationNumber
      ? [`Dnr ${markedText(report.registrationNumber, demo.reportField("registrationNumber"))}`]
      : []),
    report.title,
  ];
  if (titleParts.some((t) => t.endsWith("*"))) demo.used = true;
  const blocks: Block[] = [
    ...decisionBlocks(decision, P.extractDecisionLead(decision.body)),
    h2(P.distribution, "beslutet-skickas-till"),
    { type: "list", ordered: false, items: report.distribution.map((r) => ({ content: [r] })) },
  ];
  return {
    meta: {
      kind: "protokollsutdrag",
      title: titleParts.join(" "),
      titleParts,
      language: "sv",
      municipality: input.municipality,
      registrationNumber: report.registrationNumber,
      datedOn: decision.decidedOn,
      edition: report.edition,
      subtitle: null,
      letterhead: {
        organisation: [input.municipality, capitalize(decision.body)],
        logo: logoOf(input),
        documentType: P.extractType,
        fields,
        addressee: null,
      },
      footerSignatures: [P.justifierSignature, P.extractAttestation],
      ...reportMeta(input, demo),
    },
    blocks: [...demo.note(), ...blocks],
  };
}
