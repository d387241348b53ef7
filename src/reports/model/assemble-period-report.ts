/**
 * Assembles the period report (for the committee and the web): each point's status, narrative,
 * measured values against target and what changed since the previous period; the promise's
 * progress by the published rule; a chart of status per party with its data table. Pure.
 */
import { presentProgress } from "../../followups/promise-progress.js";
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../../followups/statuses.js";
import { DemoMarker, markedText, paragraphsOf, targetsTable } from "./assemble-report-back.js";
import type { Block, DocumentModel } from "./document.js";
import { capitalize, formatValue, P, STATUS_LABELS } from "./phrases.js";
import type { CommitmentData, PeriodFollowUp, PeriodReportInput } from "./report-data.js";

/** The latest approved follow-up of a point up to and including the period. */
function latestApproved(c: CommitmentData, periods: string[], upTo: string): PeriodFollowUp | null {
  const limit = periods.indexOf(upTo);
  for (let i = limit; i >= 0; i--) {
    const f = c.followUps.find((x) => x.periodCode === periods[i] && x.state === "approved");
    if (f) return f;
  }
  return null;
}

const approvedIn = (c: CommitmentData, period: string) =>
  c.followUps.find((f) => f.periodCode === period && f.state === "approved") ?? null;

function changeSentences(
  c: CommitmentData,
  now: PeriodFollowUp | null,
  prev: PeriodFollowUp | null,
  prevCode: string | null,
): string[] {
  if (!now) return [];
  if (!prev || !prevCode) return [P.changeFirst];
  const out: string[] = [];
  out.push(
    prev.status === now.status
      ? P.changeNone(prevCode)
      : P.changeStatus(prevCode, STATUS_LABELS[prev.status], STATUS_LABELS[now.status]),
  );
  for (const t of c.targets) {
    const a = prev.measurements[t.id];
    const b = now.measurements[t.id];
    if (b !== undefined && a !== b) {
      out.push(
        P.changeMeasure(
          t.description,
          a === undefined ? "–" : formatValue(a, t.unit),
          formatValue(b, t.unit),
        ),
      );
    }
  }
  return out;
}

/**
 * Every figure says which period it refers to. When the period has approved follow-ups, the chart
 * and the points show that period; when it has none, the report says so and shows each point's
 * latest approved follow-up with its period instead (never "Ingen uppföljning" beside a percentage).
 */
export function assemblePeriodReport(input: PeriodReportInput): DocumentModel {
  const { promise, periodCode } = input;
  const index = promise.periods.indexOf(periodCode);
  if (index < 0) throw new RangeError(`Period ${periodCode} is not a period of ${promise.ref}`);
  const prevCode = index > 0 ? (promise.periods[index - 1] ?? null) : null;
  const demo = new DemoMarker(input.demo);

  const latest = new Map(
    promise.commitments.map((c) => [c.id, latestApproved(c, promise.periods, periodCode)]),
  );
  const anyThisPeriod = promise.commitments.some((c) => approvedIn(c, periodCode));
  const anyEarlier = [...latest.values()].some((f) => f !== null);
  /** The follow-up each figure shows: this period's, or (none this period) the latest approved. */
  const shown = (c: CommitmentData) =>
    anyThisPeriod ? approvedIn(c, periodCode) : (latest.get(c.id) ?? null);

  const progress = presentProgress(
    periodCode,
    promise.commitments.map((c) => ({
      id: c.id,
      number: c.number,
      weight: c.weight,
      responsibleParties: c.responsibleParties.map((p) => ({ id: p.id, name: p.name })),
      status: latest.get(c.id)?.status ?? null,
    })),
  );

  // Status per responsible party (a joint point counts for each of its parties).
  const parties = new Map<string, { name: string; counts: Map<FollowUpStatus | "none", number> }>();
  for (const c of promise.commitments) {
    const status = shown(c)?.status ?? "none";
    for (const p of c.responsibleParties) {
      const entry = parties.get(p.id) ?? { name: p.shortName ?? p.name, counts: new Map() };
      entry.counts.set(status, (entry.counts.get(status) ?? 0) + 1);
      parties.set(p.id, entry);
    }
  }
  const statusKeys: (FollowUpStatus | "none")[] = [...FOLLOW_UP_STATUSES.map((s) => s.code), "none"];
  const used = statusKeys.filter((k) => [...parties.values()].some((p) => p.counts.get(k)));
  const statusLabel = (k: FollowUpStatus | "none") =>
    capitalize(k === "none" ? "ingen uppföljning" : STATUS_LABELS[k]);
  const categories = [...parties.values()].map((p) => p.name);
  const series = used.map((k) => ({
    label: statusLabel(k),
    values: [...parties.values()].map((p) => p.counts.get(k) ?? 0),
  }));
  const altParts = [...parties.values()].map(
    (p) =>
      `${p.name}: ${used.map((k) => `${p.counts.get(k) ?? 0} ${STATUS_LABELS[k as FollowUpStatus] ?? "utan uppföljning"}`).join(", ")}.`,
  );

  const scope = anyThisPeriod
    ? P.figuresOf(periodCode)
    : anyEarlier
      ? P.figuresLatest(periodCode)
      : P.figuresNone(periodCode);
  if (input.registrationNumber && demo.reportField("registrationNumber")) demo.used = true;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: P.summary, anchor: "sammanfattning" },
    { type: "paragraph", content: [scope] },
  ];
  if (anyEarlier) {
    blocks.push(
      {
        type: "paragraph",
        content: [
          `${P.progress(progress.overall.percent, progress.overall.counted, progress.overall.total)} ${P.progressUpTo(periodCode)}`,
        ],
      },
      {
        type: "list",
        ordered: false,
        items: progress.byParty.map((p) => ({ content: [P.partyProgress(p.name, p.percent)] })),
      },
      {
        type: "figure",
        chart: { categories, series },
        alt: P.chartAlt(altParts),
        caption: anyThisPeriod ? P.chartCaptionOf(periodCode) : P.chartCaptionLatest,
      },
      {
        type: "table",
        caption: anyThisPeriod ? P.chartTableCaptionOf(periodCode) : P.chartTableCaptionLatest,
        header: [P.party, ...series.map((s) => s.label)],
        rows: categories.map((name, i) => [name, ...series.map((s) => String(s.values[i] ?? 0))]),
      },
    );
  } else {
    blocks.push({ type: "paragraph", content: [P.progress(null, 0, promise.commitments.length)] });
  }
  blocks.push({ type: "heading", level: 2, text: P.points, anchor: "punkter" });
  for (const c of promise.commitments) {
    const now = approvedIn(c, periodCode);
    const show = shown(c);
    blocks.push({ type: "heading", level: 3, text: P.point(c.number, c.text), anchor: `punkt-${c.number}` });
    if (show) {
      if (show.periodCode !== periodCode)
        blocks.push({ type: "paragraph", content: [P.latestOf(show.periodCode)] });
      blocks.push({
        type: "paragraph",
        content: [
          demo.value(
            P.statusOf(STATUS_LABELS[show.status], show.periodCode),
            demo.status(c.id, show.periodCode),
          ),
        ],
      });
      const invented = demo.narrative(c.id, show.periodCode);
      const narrative = paragraphsOf(show.narrative);
      narrative.forEach((p, i) => {
        blocks.push({
          type: "paragraph",
          content: [i === narrative.length - 1 ? demo.value(p, invented) : p],
        });
      });
    } else {
      blocks.push({ type: "paragraph", content: [P.noFollowUp(periodCode)] });
      const earlier = latest.get(c.id);
      if (earlier) {
        blocks.push({
          type: "paragraph",
          content: [
            demo.value(
              P.latestStatus(earlier.periodCode, STATUS_LABELS[earlier.status]),
              demo.status(c.id, earlier.periodCode),
            ),
          ],
        });
      }
    }
    blocks.push(...targetsTable(c, show, demo, P.targetsCaptionOf(c.number, show?.periodCode ?? periodCode)));
    if (now) {
      const prev = prevCode ? approvedIn(c, prevCode) : null;
      const changes = changeSentences(c, now, prev, prevCode);
      if (changes.length) blocks.push({ type: "paragraph", content: [changes.join(" ")] });
    }
  }
  return {
    meta: {
      kind: "period",
      title: P.periodTitle(periodCode, promise.title),
      language: "sv",
      municipality: input.municipality,
      registrationNumber: input.registrationNumber,
      datedOn: null,
      edition: 1,
      subtitle: P.periodSubtitle,
      runningHeader: [
        input.municipality,
        ...(input.registrationNumber
          ? [`Dnr ${markedText(input.registrationNumber, demo.reportField("registrationNumber"))}`]
          : []),
      ],
      demoFields:
        input.registrationNumber && demo.reportField("registrationNumber") ? ["registrationNumber"] : [],
      keywords: input.registrationNumber ? [`Dnr ${input.registrationNumber}`] : [],
      description: P.periodTitle(periodCode, promise.title),
    },
    blocks: [...demo.note(), ...blocks],
  };
}
