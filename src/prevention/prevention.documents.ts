/**
 * The lägesbild and the åtgärdsplan as documents: the neutral document model of the report-back
 * (reports/model/document.ts), so the same renderers print them as accessible HTML, DOCX and PDF.
 * Pure: built from the assessment as the service reads it.
 */
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
export function lagesbildDocument(a: Assessment, ctx: DocumentContext): DocumentModel {
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
