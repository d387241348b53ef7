/**
 * Creating the återrapportering of any promise, prefilled from the promise and the partnership's
 * report defaults. Available as soon as the promise is followed up (a draft the samordnare fills
 * over the year); the workspace says it is expected once the promise's last period is closed.
 * What the data does not give (the jämställdhet text, and MBL without a default) starts as a
 * placeholder the validator refuses until it is written.
 */
import { listPeriods } from "../periods/periods.repository.js";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { listCommitments, type PromiseRow } from "../promises/promises.repository.js";
import { type ReportKey, reportPromise } from "./load-report-data.js";
import { periodWords } from "./model/phrases.js";
import {
  findLatestReportBack,
  findReportDefaults,
  insertReportBack,
  type ReportBackRow,
  type ReportDefaultsRow,
  replaceReportList,
} from "./reports.repository.js";

/** Promise statuses in which a report-back may be created (followed up, or later). */
export const REPORTABLE_PROMISE_STATUSES = ["following_up", "reported_back", "closed"] as const;

export const isReportable = (status: string) =>
  (REPORTABLE_PROMISE_STATUSES as readonly string[]).includes(status);

/** Texts the samordnare must write: the validator refuses them as placeholders until replaced. */
export const GENDER_EQUALITY_PLACEHOLDER =
  "[Skriv hur insatserna berör kvinnor och män, flickor och pojkar, och vad uppföljningen visar om det.]";
export const MBL_PLACEHOLDER = "[Skriv om MBL-information eller förhandling är påkallad.]";

const yearsOf = (p: PromiseRow) => (p.fromYear === p.toYear ? `${p.fromYear}` : `${p.fromYear}–${p.toYear}`);
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What a new report-back of the promise starts with: its row values and its lists. */
export async function prefillReportBack(ex: Executor, promise: PromiseRow, today: string) {
  const [defaults, commitments, periods] = await Promise.all([
    findReportDefaults(ex, promise.partnershipId),
    listCommitments(ex, [promise.id]),
    listPeriods(ex, promise.partnershipId),
  ]);
  const d: Partial<ReportDefaultsRow> = defaults ?? {};
  const title = promise.title.sv;
  const addressee = d.addressee || "kommunstyrelsen";
  const years = yearsOf(promise);
  const ownPeriods = periods.filter((p) => p.year >= promise.fromYear && p.year <= promise.toYear);
  const row = {
    promiseId: promise.id,
    edition: 1,
    status: "draft",
    registrationNumber: null,
    title: { sv: `Återrapportering av resultat från ${title}` },
    addressee,
    issuingUnit: d.issuingUnit ?? "",
    issuingSubunit: d.issuingSubunit ?? null,
    officerName: d.officerName ?? null,
    officerTitle: d.officerTitle ?? null,
    officerPhone: d.officerPhone ?? null,
    officerEmail: d.officerEmail ?? null,
    datedOn: today,
    matter: {
      sv: [
        `Medborgarlöftet ${title} gällde ${years} och omfattade ${commitments.length} punkter.`,
        `Rapporten redovisar resultatet av varje punkt. ${capitalized(addressee)} föreslås godkänna återrapporteringen.`,
      ].join("\n\n"),
    },
    background: { sv: promise.background?.sv ?? "" },
    genderEquality: { sv: GENDER_EQUALITY_PLACEHOLDER },
    publicationNote: {
      sv: "Uppföljningen av medborgarlöftet har publicerats efter varje period på medborgarlöftets webbsida.",
    },
    committeeNote: { sv: "" },
    goalsIntro: {
      sv: "Insatserna bidrar till att uppfylla följande av kommunfullmäktiges övergripande mål.",
    },
    mblStatement: { sv: d.mblStatement || MBL_PLACEHOLDER },
  };
  const lists = {
    decisionItems: [
      { text: { sv: `${capitalized(addressee)} godkänner återrapporteringen av resultat från ${title}.` } },
    ],
    attachments: [
      { title: `Tjänsteskrivelse: återrapportering av ${title}`, kind: "other", periodCode: null },
      { title: `${capitalized(title)} (medborgarlöftet)`, kind: "promise", periodCode: null },
      ...ownPeriods.map((p) => ({
        title: `Uppföljning ${periodWords(p.code)} av ${title}`,
        kind: "period_report",
        periodCode: p.code,
      })),
    ],
    consultations: (d.consultations ?? []).map((c) => ({ body: c.body, mode: c.mode })),
    signatories: (d.signatories ?? []).map((s) => ({ name: s.name, title: s.title })),
    distribution: (d.distribution ?? []).map((recipient) => ({ recipient })),
    links: (d.links ?? []).map((l) => ({ url: l.url, label: l.label })),
  };
  return { row, lists };
}

/**
 * Creates the återrapportering (edition 1, a draft) of a promise that is followed up. A promise
 * that already has one is a conflict; one that is not followed up yet is refused.
 */
export async function createReportBack(
  options: { db: Db; viewer: Viewer; today?: string } & ReportKey,
): Promise<ReportBackRow> {
  const { db, viewer } = options;
  const promise = await reportPromise(db, viewer, options, "editFormalParts");
  if (!isReportable(promise.status)) {
    throw new AppError("transition_refused", { entity: "report_not_yet", from: promise.status, to: "draft" });
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    if (await findLatestReportBack(tx, promise.id)) {
      throw new AppError("conflict", { entity: "report_exists", value: promise.ref });
    }
    const { row, lists } = await prefillReportBack(tx, promise, today);
    const created = await insertReportBack(tx, row);
    for (const [kind, rows] of Object.entries(lists)) {
      await replaceReportList(tx, kind as keyof typeof lists, created.id, rows);
    }
    audit({
      action: "report.created",
      entityType: "report_back",
      entityId: created.id,
      partnershipId: promise.partnershipId,
      after: { promiseId: promise.id, edition: created.edition, status: created.status },
    });
    return created;
  });
}
