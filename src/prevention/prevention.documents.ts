/**
 * The lägesbild and the åtgärdsplan as documents: the neutral document model of the report-back
 * (reports/model/document.ts), so the same renderers print them as accessible HTML, DOCX and PDF.
 * Pure: built from the assessment as the service reads it.
 */
import type { IndicatorFigure } from "../indicators/figures.js";
import { indicatorBlocks } from "../reports/model/assemble-report-back.js";
import type { Block, DocumentModel, Inline } from "../reports/model/document.js";
import { capitalize, periodWords, STATUS_LABELS } from "../reports/model/phrases.js";
import type { Assessment, ProblemCategory } from "./prevention.types.js";

export const CATEGORY_LABELS: Record<ProblemCategory, string> = {
  violence: "våld",
  drugs: "narkotika",
  burglary: "inbrott",
  vandalism: "skadegörelse",
  youth_crime: "ungdomsbrottslighet",
  criminal_networks: "kriminella nätverk",
  fraud: "bedrägerier",
  traffic: "trafik",
  disorder: "ordningsstörningar",
  insecurity: "otrygghet",
  other: "annat",
};

export interface DocumentContext {
  municipality: string;
  partnershipName: string;
  today: string;
}

/**
 * What the lägesbild rests on, read from the partnership's other evidence: survey indicators by
 * gender, incident reports (EST) of the year, problems raised in dialogues and safety-walk findings
 * of the year and the one before. Counts only.
 */
export interface Evidence {
  indicators: IndicatorFigure[];
  incidents: { categoryKey: string; name: string | null; count: number }[];
  dialogues: { category: string; raisedBy: number; dialogues: number }[];
  walks: { category: string; findings: number; done: number }[];
  /** The years the dialogues and walks were taken from, e.g. "2022–2023". */
  span: string;
}

/** A count as exported figures show it: below 5 (but not 0) as "<5", so no one can be singled out. */
export const shownCount = (n: number) => (n > 0 && n < 5 ? "<5" : n.toLocaleString("sv-SE"));

const DIALOGUE_CATEGORIES: Record<string, string> = {
  otrygghet: "Otrygghet",
  narkotika: "Narkotika",
  skadegorelse: "Skadegörelse",
  ungdomsbrott: "Ungdomsbrott",
  trafik: "Trafik",
  nedskrapning: "Nedskräpning",
  belysning: "Belysning",
  vald: "Våld",
  annat: "Annat",
};

const WALK_CATEGORIES: Record<string, string> = {
  lighting: "Belysning",
  vegetation: "Vegetation",
  litter: "Nedskräpning",
  vandalism: "Skadegörelse",
  traffic: "Trafik",
  other: "Annat",
};

function evidenceBlocks(a: Assessment, e: Evidence): Block[] {
  const none = (text: string): Block => ({ type: "paragraph", content: [text] });
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Underlag" },
    {
      type: "note",
      content: ["Antal under 5 visas som <5 så att ingen enskild kan pekas ut."],
    },
    { type: "heading", level: 3, text: "Trygghetsmätningar" },
    ...(e.indicators.length > 0 ? indicatorBlocks(e.indicators) : [none("Inga mätningar är inlästa.")]),
    { type: "heading", level: 3, text: `Händelserapporter (EST) ${a.year}` },
    e.incidents.length > 0
      ? {
          type: "table",
          caption: `Rapporterade händelser ${a.year} per kategori`,
          header: ["Kategori", "Antal"],
          rows: e.incidents.map((i) => [i.name ?? i.categoryKey, shownCount(i.count)]),
        }
      : none(`Inga händelser är rapporterade ${a.year}.`),
    { type: "heading", level: 3, text: `Dialoger ${e.span}` },
    e.dialogues.length > 0
      ? {
          type: "table",
          caption: `Problem som togs upp i dialoger ${e.span}`,
          header: ["Kategori", "Antal som tog upp det", "Dialoger"],
          rows: e.dialogues.map((d) => [
            DIALOGUE_CATEGORIES[d.category] ?? d.category,
            shownCount(d.raisedBy),
            String(d.dialogues),
          ]),
        }
      : none(`Inga dialoger är registrerade ${e.span}.`),
    { type: "heading", level: 3, text: `Trygghetsvandringar ${e.span}` },
    e.walks.length > 0
      ? {
          type: "table",
          caption: `Fynd vid trygghetsvandringar ${e.span}`,
          header: ["Kategori", "Fynd", "Varav åtgärdade"],
          rows: e.walks.map((w) => [
            WALK_CATEGORIES[w.category] ?? w.category,
            shownCount(w.findings),
            shownCount(w.done),
          ]),
        }
      : none(`Inga trygghetsvandringar är registrerade ${e.span}.`),
  ];
  return blocks;
}

const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: "paragraph", content: [p] }) as Block);

const meta = (kind: "lagesbild" | "atgardsplan", title: string, a: Assessment, ctx: DocumentContext) => ({
  kind,
  title,
  language: "sv",
  municipality: ctx.municipality,
  registrationNumber: null,
  datedOn: ctx.today,
  edition: 1,
  subtitle: ctx.partnershipName,
  description: `${title} för ${ctx.municipality} ${a.year} enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.`,
  keywords: [kind === "lagesbild" ? "lägesbild" : "åtgärdsplan", "brottsförebyggande", String(a.year)],
});

/** The yearly lägesbild: summary, then each problem with analysis, evidence and police figures. */
export function lagesbildDocument(a: Assessment, ctx: DocumentContext, evidence?: Evidence): DocumentModel {
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Sammanfattning" },
    ...(a.summary
      ? paragraphs(a.summary)
      : [{ type: "paragraph", content: ["Sammanfattningen är inte skriven än."] } as Block]),
    { type: "heading", level: 2, text: "Problembild" },
  ];
  if (a.problems.length === 0) blocks.push({ type: "paragraph", content: ["Inga problem är beskrivna."] });
  a.problems.forEach((p, index) => {
    const measures = a.measures.filter((m) => p.measureIds.includes(m.id));
    blocks.push(
      { type: "heading", level: 3, text: `${index + 1}. ${p.title}` },
      {
        type: "paragraph",
        content: [`Kategori: ${CATEGORY_LABELS[p.category]}${p.areaName ? `. Område: ${p.areaName}` : ""}.`],
      },
      ...(p.analysis
        ? [{ type: "heading", level: 4, text: "Analys" } as Block, ...paragraphs(p.analysis)]
        : []),
      ...(p.evidence
        ? [{ type: "heading", level: 4, text: "Underlag" } as Block, ...paragraphs(p.evidence)]
        : []),
    );
    if (p.policeFigures.length > 0) {
      blocks.push({
        type: "table",
        caption: `Polisens siffror: ${p.title}`,
        header: ["Uppgift", "Antal"],
        rows: p.policeFigures.map((f) => [f.label, f.value.toLocaleString("sv-SE")]),
      });
    }
    blocks.push(
      measures.length > 0
        ? {
            type: "paragraph",
            content: [`Åtgärder i åtgärdsplanen: ${measures.map((m) => m.title).join("; ")}.`],
          }
        : { type: "note", content: ["Problemet har ingen åtgärd i åtgärdsplanen än."] },
    );
  });
  if (evidence) blocks.push(...evidenceBlocks(a, evidence));
  return { meta: meta("lagesbild", `Lägesbild ${a.year}`, a, ctx), blocks };
}

/** The åtgärdsplan: introduction, each measure with its problems, points and follow-up, and the flags. */
export function atgardsplanDocument(a: Assessment, ctx: DocumentContext): DocumentModel {
  const problemTitle = new Map(a.problems.map((p, i) => [p.id, `${i + 1}. ${p.title}`]));
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "Inledning" },
    ...(a.planSummary
      ? paragraphs(a.planSummary)
      : [{ type: "paragraph", content: [`Åtgärdsplanen bygger på lägesbilden ${a.year}.`] } as Block]),
    { type: "heading", level: 2, text: "Åtgärder" },
  ];
  if (a.measures.length === 0) blocks.push({ type: "paragraph", content: ["Inga åtgärder är beslutade."] });
  a.measures.forEach((m, index) => {
    const answers = m.problemIds.map((id) => problemTitle.get(id)).filter((t): t is string => !!t);
    const lines: Inline[][] = [
      [`Ansvarig: ${m.responsiblePartyName ?? "inte angiven"}`],
      [`Klart senast: ${m.dueOn ?? "inte angivet"}`],
      [
        answers.length > 0
          ? `Svarar mot: ${answers.join("; ")}`
          : "Svarar inte mot något problem i lägesbilden.",
      ],
    ];
    if (m.commitments.length > 0)
      lines.push([`I medborgarlöftet: ${m.commitments.map((c) => c.label).join("; ")}`]);
    lines.push([
      m.latest
        ? `Uppföljning ${periodWords(m.latest.period)}: ${STATUS_LABELS[m.latest.status]}${m.latest.narrative ? `. ${m.latest.narrative}` : ""}${m.latest.source === "point" ? " (löftespunktens uppföljning)" : ""}`
        : "Inte uppföljd än.",
    ]);
    blocks.push(
      { type: "heading", level: 3, text: `${index + 1}. ${m.title}` },
      ...paragraphs(m.description),
      { type: "list", ordered: false, items: lines.map((content) => ({ content })) },
    );
  });
  const withoutMeasure = a.problems.filter((p) => a.flags.problemsWithoutMeasure.includes(p.id));
  const withoutProblem = a.measures.filter((m) => a.flags.measuresWithoutProblem.includes(m.id));
  if (withoutMeasure.length > 0 || withoutProblem.length > 0) {
    blocks.push({ type: "heading", level: 2, text: "Att åtgärda i planen" });
    if (withoutMeasure.length > 0)
      blocks.push({
        type: "box",
        label: "Problem utan åtgärd",
        blocks: [
          { type: "list", ordered: false, items: withoutMeasure.map((p) => ({ content: [p.title] })) },
        ],
      });
    if (withoutProblem.length > 0)
      blocks.push({
        type: "box",
        label: "Åtgärder utan problem i lägesbilden",
        blocks: [
          { type: "list", ordered: false, items: withoutProblem.map((m) => ({ content: [m.title] })) },
        ],
      });
  }
  if (a.measures.length > 0) {
    blocks.push({
      type: "table",
      caption: `Åtgärdernas status ${a.year}`,
      header: ["Åtgärd", "Ansvarig", "Status"],
      rows: a.measures.map((m) => [
        m.title,
        m.responsiblePartyName ?? "–",
        m.latest ? capitalize(STATUS_LABELS[m.latest.status]) : "Inte uppföljd",
      ]),
    });
  }
  return { meta: meta("atgardsplan", `Åtgärdsplan ${a.year}`, a, ctx), blocks };
}
