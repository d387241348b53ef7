import { type TargetDirection, targetAttainment } from "../followups/attainment.js";
import {
  type FollowUpWithPeriod,
  listFollowUpsOfCommitments,
  listMeasurements,
} from "../followups/followups.repository.js";
import { presentFollowUp } from "../followups/present-follow-up.js";
import { presentProgress } from "../followups/promise-progress.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import { listPeriods, type PeriodRow } from "../periods/periods.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { presentPromiseSummaries } from "./promise-summaries.js";
import { canReadPromise, canReadUnapprovedFollowUps } from "./promises.policy.js";
import {
  findAgreementTitle,
  findPromise,
  listCommitmentGoals,
  listCommitmentParties,
  listCommitments,
  listCommitmentUnits,
  listLineage,
  listTargets,
  type PromiseRow,
} from "./promises.repository.js";
import type { Commitment, PromiseDetail } from "./promises.types.js";

export interface GetPromiseOptions {
  db: Executor;
  viewer: Viewer;
  /** The promise by id (API) or by reference (pages, CLI). */
  key: { id: string } | { ref: string };
  /** Show follow-ups and progress as of this period code; default: the latest with a follow-up. */
  period?: string;
}

/** Finds a promise the viewer may read, or throws not_found (never revealing that it exists). */
export async function requireReadablePromise(
  db: Executor,
  viewer: Viewer,
  key: GetPromiseOptions["key"],
): Promise<PromiseRow> {
  const row = await findPromise(db, key);
  if (!row || !canReadPromise(viewer, row)) {
    throw new AppError("not_found", { entity: "promise", value: "id" in key ? key.id : key.ref });
  }
  return row;
}

/** A promise with its points, each point's latest follow-up as of a period, and the progress. */
export async function getPromiseDetail(options: GetPromiseOptions): Promise<PromiseDetail> {
  const { db, viewer } = options;
  const row = await requireReadablePromise(db, viewer, options.key);
  const commitments = await listCommitments(db, [row.id]);
  const ids = commitments.map((c) => c.id);
  const [summary, parties, units, goals, targets, lineage, followUps, periods, agreement] = await Promise.all(
    [
      presentPromiseSummaries(db, [row]),
      listCommitmentParties(db, ids),
      listCommitmentUnits(db, ids),
      listCommitmentGoals(db, ids),
      listTargets(db, ids),
      listLineage(db, ids),
      listFollowUpsOfCommitments(db, ids, {
        approvedOnly: !canReadUnapprovedFollowUps(viewer, row.partnershipId),
      }),
      listPeriods(db, row.partnershipId),
      row.agreementId ? findAgreementTitle(db, row.agreementId) : Promise.resolve(null),
    ],
  );
  const asOf = resolveAsOfPeriod(periods, followUps, options.period);
  const visible = asOf ? followUps.filter((f) => f.periodStartsOn <= asOf.startsOn) : [];
  const measurements = await listMeasurements(
    db,
    visible.map((f) => f.id),
  );

  const presented: Commitment[] = commitments.map((c) => {
    const own = visible.filter((f) => f.commitmentId === c.id);
    const latest = own.at(-1) ?? null;
    const partiesOf = (role: string) =>
      parties
        .filter((p) => p.commitmentId === c.id && p.role === role)
        .map(({ id, name, kind }) => ({ id, name, kind: kind as "municipality" | "police" | "other" }));
    const from = lineage.find((l) => l.id === c.carriedFromId);
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
      units: units.filter((u) => u.commitmentId === c.id).map(({ id, name }) => ({ id, name })),
      councilGoals: goals
        .filter((g) => g.commitmentId === c.id)
        .map(({ id, number, text }) => ({ id, number, text })),
      targets: targets
        .filter((t) => t.commitmentId === c.id)
        .map((t) => {
          const measured = latestMeasurement(own, measurements, t.id);
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
      carriedFrom: from ? { commitmentId: from.id, promiseRef: from.promiseRef, number: from.number } : null,
      carriedTo: lineage
        .filter(
          (l) =>
            l.carriedFromId === c.id &&
            canReadPromise(viewer, { status: l.promiseStatus, partnershipId: l.promisePartnershipId }),
        )
        .map((l) => ({ commitmentId: l.id, promiseRef: l.promiseRef, number: l.number })),
      latestFollowUp: latest ? presentFollowUp(latest, measurements) : null,
      progress: null,
    };
  });

  const progress = presentProgress(
    asOf?.code ?? null,
    presented.map((c) => ({
      id: c.id,
      number: c.number,
      weight: c.weight,
      responsibleParties: c.responsibleParties,
      status: approvedStatus(visible, c.id),
    })),
  );
  for (const c of presented) {
    c.progress = progress.byCommitment.find((p) => p.commitmentId === c.id)?.value ?? null;
  }
  const [base] = summary;
  if (!base) throw new Error("presentPromiseSummaries returned nothing for an existing promise");
  return {
    ...base,
    background: row.background,
    howMade: row.howMade,
    agreement,
    asOfPeriod: asOf?.code ?? null,
    commitments: presented,
    progress,
  };
}

/** The requested period (404 when unknown), else the latest period that has a follow-up. */
function resolveAsOfPeriod(
  periods: PeriodRow[],
  followUps: FollowUpWithPeriod[],
  requested: string | undefined,
): PeriodRow | null {
  if (requested !== undefined) {
    const found = periods.find((p) => p.code === requested);
    if (!found) throw new AppError("not_found", { entity: "period", value: requested });
    return found;
  }
  const latestCode = followUps.at(-1)?.periodCode;
  return periods.find((p) => p.code === latestCode) ?? null;
}

/** The progress rule counts only approved follow-ups, whoever is looking. */
function approvedStatus(followUps: FollowUpWithPeriod[], commitmentId: string): FollowUpStatus | null {
  const approved = followUps.filter((f) => f.commitmentId === commitmentId && f.state === "approved");
  return (approved.at(-1)?.status as FollowUpStatus | undefined) ?? null;
}

function latestMeasurement(
  followUps: FollowUpWithPeriod[],
  measurements: { followUpId: string; targetId: string; value: number }[],
  targetId: string,
): { value: number; period: string } | null {
  for (const f of [...followUps].reverse()) {
    const m = measurements.find((x) => x.followUpId === f.id && x.targetId === targetId);
    if (m) return { value: m.value, period: f.periodCode };
  }
  return null;
}
