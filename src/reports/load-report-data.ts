/**
 * Loads the plain data the assemblers need from the database (Swedish texts picked). Everything
 * starts from `reportPromise`, which asks the reports policy first; the loaders below take the
 * promise it gave.
 */

import type { TargetDirection } from "../followups/attainment.js";
import { listFollowUpsOfCommitments, listMeasurements } from "../followups/followups.repository.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import { type IndicatorFigure, loadIndicatorFigures } from "../indicators/indicator-figures.js";
import { findPartnership } from "../partnerships/partnerships.repository.js";
import { listPeriods } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import type { Viewer } from "../platform/viewer.js";
import {
  findPromise,
  listAreasOfPromises,
  listCommitmentGoals,
  listCommitmentParties,
  listCommitments,
  listPromisesByRef,
  listTargets,
  type PromiseRow,
} from "../promises/promises.repository.js";
import type {
  CommitmentData,
  PromiseData,
  ReportBackData,
  ResponsibleKindCode,
} from "./model/report-data.js";
import { reportsPolicy } from "./reports.policy.js";
import {
  findReportDefaults,
  listReportParts,
  type ReportBackRow,
  reportBackById,
} from "./reports.repository.js";

const svText = (t: LocalizedText | null | undefined) => t?.sv ?? "";

/** Which promise's reports: its reference, within the partnership a workspace page is about. */
export interface ReportKey {
  ref: string;
  partnershipId?: string;
  /** The promise by id instead (the API's addresses); `ref` is then not used to find it. */
  promiseId?: string;
}

/**
 * The promise whose reports are asked for, once the reports policy allows the viewer `action`:
 * anyone without a role in its partnership is told it does not exist (404); a role that may not
 * is refused (403).
 */
export async function reportPromise(
  db: Executor,
  viewer: Viewer,
  key: ReportKey,
  action: "read" | "editFormalParts" | "moveChain",
): Promise<PromiseRow> {
  const notFound = { entity: "promise", value: key.promiseId ?? key.ref };
  const row = key.promiseId
    ? await findPromise(db, { id: key.promiseId })
    : key.partnershipId !== undefined
      ? await findPromise(db, { partnershipId: key.partnershipId, ref: key.ref })
      : await onlyPromiseWithRef(db, key.ref);
  if (!row || (key.partnershipId !== undefined && row.partnershipId !== key.partnershipId)) {
    throw new AppError("not_found", notFound);
  }
  reportsPolicy.authorize(viewer, action, row, notFound);
  return row;
}

/**
 * The one promise with this reference in any partnership (the command line without
 * `--partnership`); references are unique per partnership only, so two are ambiguous.
 */
async function onlyPromiseWithRef(db: Executor, ref: string): Promise<PromiseRow | null> {
  const rows = await listPromisesByRef(db, ref);
  if (rows.length > 1) throw new AppError("bad_request", { entity: "ambiguous_ref", value: ref });
  return rows[0] ?? null;
}

export async function loadMunicipality(db: Executor, partnershipId: string): Promise<string> {
  return (await findPartnership(db, partnershipId))?.municipalityName ?? "";
}

/** The promise with its points, targets and all follow-ups (any state), and its periods. */
export async function loadPromiseData(db: Executor, promise: PromiseRow): Promise<PromiseData> {
  const commitments = await listCommitments(db, [promise.id]);
  const ids = commitments.map((c) => c.id);
  const [parties, goals, targets, followUps, periods] = await Promise.all([
    listCommitmentParties(db, ids),
    listCommitmentGoals(db, ids),
    listTargets(db, ids),
    listFollowUpsOfCommitments(db, ids, { approvedOnly: false }),
    listPeriods(db, promise.partnershipId),
  ]);
  const measurements = await listMeasurements(
    db,
    followUps.map((f) => f.id),
  );
  return {
    id: promise.id,
    ref: promise.ref,
    title: svText(promise.title),
    fromYear: promise.fromYear,
    toYear: promise.toYear,
    periods: periods.filter((p) => p.year >= promise.fromYear && p.year <= promise.toYear).map((p) => p.code),
    commitments: commitments.map(
      (c): CommitmentData => ({
        id: c.id,
        number: c.number,
        text: svText(c.text),
        responsibleKind: c.responsibleKind as ResponsibleKindCode,
        responsibleParties: parties
          .filter((p) => p.commitmentId === c.id && p.role === "responsible")
          .map((p) => ({ id: p.id, name: p.name, shortName: null })),
        weight: c.weight,
        carryOver: c.carryOver as CommitmentData["carryOver"],
        carryOverReason: c.carryOverReason ? svText(c.carryOverReason) : null,
        goals: goals
          .filter((g) => g.commitmentId === c.id)
          .map((g) => ({ number: g.number, text: svText(g.text) })),
        targets: targets
          .filter((t) => t.commitmentId === c.id)
          .map((t) => ({
            id: t.id,
            description: svText(t.description),
            unit: t.unit,
            targetValue: t.targetValue,
            direction: t.direction as TargetDirection,
          })),
        followUps: followUps
          .filter((f) => f.commitmentId === c.id)
          .map((f) => ({
            periodCode: f.periodCode,
            status: f.status as FollowUpStatus,
            state: f.state,
            narrative: svText(f.narrative),
            measurements: Object.fromEntries(
              measurements.filter((m) => m.followUpId === f.id).map((m) => [m.targetId, m.value]),
            ),
          })),
      }),
    ),
  };
}

type DecisionRow = Awaited<ReturnType<typeof listReportParts>>["decisions"][number];

/** The board's decision of an edition, if it is decided: what the decided edition prints. */
const boardDecision = (decisions: DecisionRow[]) => {
  const d = decisions.filter((x) => x.step === "board").at(-1);
  if (!d) return null;
  return {
    body: d.body,
    decidedOn: d.decidedOn,
    paragraph: d.paragraph,
    items: svText(d.text)
      .split(/\n/)
      .map((t) => t.trim())
      .filter(Boolean),
  };
};

/** The partnership's logo for the heading block, if it has one. */
async function loadLogo(db: Executor, partnershipId: string): Promise<ReportBackData["logo"]> {
  const defaults = await findReportDefaults(db, partnershipId);
  if (!defaults?.logoData || !defaults.logoType) return null;
  return {
    mediaType: defaults.logoType as "image/png" | "image/svg+xml",
    bytes: new Uint8Array(Buffer.from(defaults.logoData, "base64")),
  };
}

/** The edition a correction replaces: its number, its board decision and the reason given. */
async function loadReplaced(db: Executor, row: ReportBackRow): Promise<ReportBackData["replaces"]> {
  if (!row.supersedesId) return null;
  const older = await reportBackById(db, row.supersedesId);
  if (!older) return null;
  const decision = boardDecision((await listReportParts(db, older.id)).decisions);
  return {
    edition: older.edition,
    body: decision?.body ?? null,
    decidedOn: decision?.decidedOn ?? null,
    paragraph: decision?.paragraph ?? null,
    reason: svText(row.correctionReason),
  };
}

/** A report-back row with its parts, as plain data. */
export async function loadReportBackData(
  db: Executor,
  row: ReportBackRow,
  partnershipId?: string,
): Promise<ReportBackData> {
  const [parts, logo, replaces] = await Promise.all([
    listReportParts(db, row.id),
    partnershipId ? loadLogo(db, partnershipId) : Promise.resolve(null),
    loadReplaced(db, row),
  ]);
  return {
    id: row.id,
    edition: row.edition,
    status: row.status,
    registrationNumber: row.registrationNumber,
    title: svText(row.title),
    addressee: row.addressee,
    issuingUnit: row.issuingUnit,
    datedOn: row.datedOn,
    matter: svText(row.matter),
    background: svText(row.background),
    genderEquality: svText(row.genderEquality),
    publicationNote: svText(row.publicationNote),
    committeeNote: svText(row.committeeNote),
    goalsIntro: svText(row.goalsIntro),
    mblStatement: svText(row.mblStatement),
    decisionItems: parts.decisionItems.map((d) => ({ id: d.id, text: svText(d.text) })),
    consultations: parts.consultations.map((c) => ({
      id: c.id,
      body: c.body,
      mode: c.mode as "collaborated" | "prepared",
      stance: c.stance as ReportBackData["consultations"][number]["stance"],
      comment: c.comment,
    })),
    signatories: parts.signatories.map((s) => ({ name: s.name, title: s.title })),
    distribution: parts.distribution.map((d) => d.recipient),
    links: parts.links.map((l) => ({ url: l.url, label: l.label })),
    attachments: parts.attachments.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      periodCode: a.periodCode,
    })),
    office: row.issuingSubunit,
    handlingOfficer: row.officerName
      ? {
          name: row.officerName,
          title: row.officerTitle,
          unit: row.issuingSubunit,
          phone: row.officerPhone,
          email: row.officerEmail,
        }
      : null,
    logo,
    decision: boardDecision(parts.decisions),
    replaces,
  };
}

/**
 * The survey indicators of the promise's areas (by gender, values from fewer than 5 answers left
 * out) for the jämställdhet section. The caller has authorized the promise (`reports.read`).
 */
export async function loadPromiseIndicators(ex: Executor, promise: PromiseRow): Promise<IndicatorFigure[]> {
  const areas = await listAreasOfPromises(ex, [promise.id]);
  if (areas.length === 0) return [];
  return loadIndicatorFigures(
    ex,
    promise.partnershipId,
    areas.map((a) => a.id),
  );
}
