/**
 * The promise read model: one promise with its points, each point's latest follow-up as of a
 * period, the progress by the published rule, the partnership's periods and the published
 * report-back editions, assembled from three queries. The public readers use it with the
 * `public` audience; the workspace preview (and the workspace's own reads) with `staff`.
 */
import { type TargetDirection, targetAttainment } from "../followups/attainment.js";
import type { FollowUp } from "../followups/followups.types.js";
import { presentProgress } from "../followups/promise-progress.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import type { Period } from "../periods/periods.types.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { PromiseStatus } from "../promises/lifecycle.js";
import type { Commitment, PromiseDetail, PromiseSummary } from "../promises/promises.types.js";
import {
  type CommitmentJsonRow,
  type FollowUpJsonRow,
  type PromiseHeadRow,
  type PromiseSummaryRow,
  selectCommitments,
  selectFollowUps,
  selectPromiseHead,
  selectPublicCommitments,
  selectPublicFollowUps,
  selectPublicPromiseHeads,
} from "./publishing.repository.js";
import type {
  AreaClassification,
  PublicContact,
  PublicMapArea,
  PublishedReport,
} from "./publishing.types.js";

export interface PromiseModel {
  promise: PromiseDetail;
  /** Every reporting period of the promise's partnership, oldest first. */
  periods: Period[];
  /** The current police classification of each of the promise's areas. */
  classifications: AreaClassification[];
  /** Published report-back editions, newest first. */
  reports: PublishedReport[];
  /** Periods whose period report is public (none in the staff preview), oldest first. */
  periodReports: string[];
  /** Every follow-up the audience may see (all periods), oldest period first, then by point. */
  followUps: FollowUp[];
  /** The promise's areas with their boundaries (the map). */
  areas: PublicMapArea[];
  /** The partnership's contact address. */
  contact: PublicContact;
}

export type PromiseKey = { id: string } | { ref: string; partnershipSlug?: string };
export type PromiseScope = { audience: "public" } | { audience: "staff"; partnershipId: string };

/**
 * Reads the promise model, or null when the audience may not see such a promise. Throws
 * not_found for a period the partnership does not have.
 */
export async function readPromiseModel(
  ex: Executor,
  key: PromiseKey,
  scope: PromiseScope,
  period?: string,
): Promise<PromiseModel | null> {
  const head = await selectPromiseHead(ex, key, scope);
  if (!head) return null;
  const [commitmentRows, followUpRows] = await Promise.all([
    selectCommitments(ex, head, scope.audience),
    selectFollowUps(ex, head.id, scope.audience),
  ]);
  return assemblePromiseModel(head, commitmentRows, followUpRows, period);
}

/** Promises read together in one round of queries (open data reads thousands). */
const BATCH = 250;

/**
 * The public read models of many promises, in the order of `ids` (those not public are left
 * out): three queries per 250 promises instead of three per promise, assembled exactly as
 * `readPromiseModel` assembles one.
 */
export async function readPublicPromiseModels(ex: Executor, ids: readonly string[]): Promise<PromiseModel[]> {
  const models: PromiseModel[] = [];
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    // One at a time: the pool is shared with the site.
    const heads = await selectPublicPromiseHeads(ex, batch);
    const commitments = groupBy(await selectPublicCommitments(ex, batch), (c) => c.promiseId);
    const followUps = groupBy(await selectPublicFollowUps(ex, batch), (f) => f.promiseId);
    const byId = new Map(heads.map((h) => [h.id, h]));
    for (const id of batch) {
      const head = byId.get(id);
      if (head) models.push(assemblePromiseModel(head, commitments.get(id) ?? [], followUps.get(id) ?? []));
    }
  }
  return models;
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function assemblePromiseModel(
  head: PromiseHeadRow,
  commitmentRows: CommitmentJsonRow[],
  followUpRows: FollowUpJsonRow[],
  period?: string,
): PromiseModel {
  const periods = head.periods;
  const asOf = resolveAsOfPeriod(periods, followUpRows, period);
  const visible = asOf ? followUpRows.filter((f) => f.periodStartsOn <= asOf.startsOn) : [];

  const commitments: Commitment[] = commitmentRows.map((c) => {
    const own = visible.filter((f) => f.commitmentId === c.id);
    const latest = own.at(-1) ?? null;
    const partiesOf = (role: string) =>
      c.parties
        .filter((p) => p.role === role)
        .map(({ id, name, kind }) => ({ id, name, kind: partyKind(kind) }));
    return {
      id: c.id,
      promiseId: c.promiseId,
      externalId: c.externalId,
      number: c.number,
      text: c.text,
      responsibleKind: c.responsibleKind as Commitment["responsibleKind"],
      weight: c.weight,
      responsibleParties: partiesOf("responsible"),
      contributors: partiesOf("contributor"),
      units: c.units,
      councilGoals: c.goals,
      targets: c.targets.map((t) => {
        const measured = latestMeasurement(own, t.id);
        const attainment = measured
          ? targetAttainment({
              targetValue: t.targetValue,
              direction: t.direction as TargetDirection,
              measuredValue: measured.value,
            })
          : null;
        return {
          id: t.id,
          position: t.position,
          description: t.description,
          unit: t.unit,
          targetValue: t.targetValue,
          direction: t.direction as TargetDirection,
          measured,
          attainment:
            attainment && attainment.met !== null && attainment.ratio !== null
              ? { met: attainment.met, ratio: attainment.ratio }
              : null,
        };
      }),
      carryOver: c.carryOver
        ? { decision: c.carryOver as "carry" | "close", reason: c.carryOverReason ?? null }
        : null,
      carriedFrom: c.carriedFrom,
      carriedTo: c.carriedTo,
      latestFollowUp: latest ? presentFollowUp(latest) : null,
      progress: null,
    };
  });

  const progress = presentProgress(
    asOf?.code ?? null,
    commitments.map((c) => ({
      id: c.id,
      number: c.number,
      weight: c.weight,
      responsibleParties: c.responsibleParties,
      status: approvedStatus(visible, c.id),
    })),
  );
  for (const c of commitments) {
    c.progress = progress.byCommitment.find((p) => p.commitmentId === c.id)?.value ?? null;
  }
  const numberOf = new Map(commitments.map((c) => [c.id, c.number]));
  const order = (f: FollowUpJsonRow) => numberOf.get(f.commitmentId) ?? 0;
  return {
    promise: {
      ...presentSummary(head),
      background: head.background,
      howMade: head.howMade,
      agreement: head.agreement,
      asOfPeriod: asOf?.code ?? null,
      commitments,
      progress,
    },
    periods,
    classifications: head.classifications,
    reports: head.reports,
    periodReports: head.periodReports,
    areas: head.boundaries.map((a) => ({ id: a.id, name: a.name, boundary: a.geojson })),
    contact: head.contact,
    followUps: [...followUpRows]
      .sort((a, b) => a.periodStartsOn.localeCompare(b.periodStartsOn) || order(a) - order(b))
      .map(presentFollowUp),
  };
}

/** A summary row as the API and the pages show it. */
export function presentSummary(row: PromiseSummaryRow): PromiseSummary {
  return {
    id: row.id,
    ref: row.ref,
    partnershipId: row.partnershipId,
    partnershipSlug: row.partnershipSlug,
    title: row.title,
    fromYear: row.fromYear,
    toYear: row.toYear,
    status: row.status as PromiseStatus,
    signedOn: row.signedOn,
    areas: row.areas,
    parties: row.parties.map(({ id, name, kind }) => ({ id, name, kind: partyKind(kind) })),
    commitmentCount: row.commitmentCount,
    demo: row.demo,
  };
}

function presentFollowUp(row: FollowUpJsonRow): FollowUp {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    period: row.periodCode,
    status: row.status as FollowUpStatus,
    state: row.state as FollowUp["state"],
    narrative: row.narrative,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
    measurements: row.measurements,
  };
}

const partyKind = (kind: string) => kind as "municipality" | "police" | "other";

/** The requested period (404 when unknown), else the latest period that has a follow-up. */
function resolveAsOfPeriod(
  periods: Period[],
  followUps: FollowUpJsonRow[],
  requested: string | undefined,
): Period | null {
  if (requested !== undefined) {
    const found = periods.find((p) => p.code === requested);
    if (!found) throw new AppError("not_found", { entity: "period", value: requested });
    return found;
  }
  const latestCode = followUps.at(-1)?.periodCode;
  return periods.find((p) => p.code === latestCode) ?? null;
}

/** The progress rule counts only approved follow-ups, whoever is looking. */
function approvedStatus(followUps: FollowUpJsonRow[], commitmentId: string): FollowUpStatus | null {
  const approved = followUps.filter((f) => f.commitmentId === commitmentId && f.state === "approved");
  return (approved.at(-1)?.status as FollowUpStatus | undefined) ?? null;
}

function latestMeasurement(
  followUps: FollowUpJsonRow[],
  targetId: string,
): { value: number; period: string } | null {
  for (const f of [...followUps].reverse()) {
    const m = f.measurements.find((x) => x.targetId === targetId);
    if (m) return { value: m.value, period: f.periodCode };
  }
  return null;
}
