/**
 * The public readers: everything residents may see, and nothing else, whoever is signed in. They
 * take no viewer on purpose: a public answer does not depend on who asks, so it can be cached.
 * Public pages, the public API, and every feed or export to come read through these.
 */
import type { FollowUp, Progress } from "../followups/followups.types.js";
import type { Area, Partnership, Party } from "../partnerships/partnerships.types.js";
import type { Period } from "../periods/periods.types.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { CommitmentWithHistory, PromiseDetail, PromiseSummary } from "../promises/promises.types.js";
import { type PromiseKey, type PromiseModel, presentSummary, readPromiseModel } from "./promise-model.js";
import { readPublicPointReasons } from "./public-point-reasons.js";
import {
  countPublicPromises,
  findPublicPromiseOfCommitment,
  type PartnershipJsonRow,
  selectPartnership,
  selectPartnershipList,
  selectPartnerships,
  selectPublicPromisePlaces,
  selectPublicPromiseSummaries,
} from "./publishing.repository.js";
import type { PromisePageModel, PublicHome, PublicPromiseAddress } from "./publishing.types.js";

/**
 * How many promises the start page shows: the newest. With one partnership that is all of them;
 * nationally (290 partnerships, ten years) the page stays the same size (bench:national). The
 * national overview (issue 10.4) is where every partnership's promises are found.
 */
export const HOME_LIMIT = 12;

/** The start page: the newest public promises (at most HOME_LIMIT), grouped by partnership. */
export async function readPublicHome(ex: Executor): Promise<PublicHome> {
  const [rows, total] = await Promise.all([
    selectPublicPromiseSummaries(ex, { limit: HOME_LIMIT }),
    countPublicPromises(ex),
  ]);
  // Newest first from SQL; grouped here in the partnerships' name order, newest first within.
  rows.sort(
    (a, b) =>
      a.partnershipName.localeCompare(b.partnershipName, "sv") ||
      a.partnershipId.localeCompare(b.partnershipId),
  );
  const groups = new Map<string, PublicHome["groups"][number]>();
  for (const row of rows) {
    const group = groups.get(row.partnershipId) ?? { partnershipName: row.partnershipName, promises: [] };
    groups.set(row.partnershipId, group);
    group.promises.push({ ...presentSummary(row), reportPublished: row.reportPublished });
  }
  return { total, groups: [...groups.values()] };
}

/** A public promise page as of a period (default: the latest with an approved follow-up); 404 otherwise. */
export async function readPublicPromisePage(
  ex: Executor,
  at: PublicPromiseAddress,
  period?: string,
): Promise<PromisePageModel> {
  const { promise, periods, classifications, reports, periodReports } = await requirePublicPromise(
    ex,
    at,
    period,
  );
  const reasons = await readPublicPointReasons(ex, promise.id);
  return { promise, periods, classifications, reports, periodReports, reasons };
}

/**
 * Where public promises with this reference live (`/loften/<ref>` redirects when there is one,
 * lists them when there are several).
 */
export async function readPublicPromisePlaces(ex: Executor, ref: string) {
  return selectPublicPromisePlaces(ex, ref);
}

/** Public promises, newest first, optionally filtered (a non-public status finds nothing). */
export async function readPublicPromiseList(
  ex: Executor,
  filter: { partnershipId?: string; year?: number; status?: string } = {},
): Promise<PromiseSummary[]> {
  return (await selectPublicPromiseSummaries(ex, filter)).map(presentSummary);
}

/** A public promise with its points, their latest approved follow-up and the progress. */
export async function readPublicPromise(ex: Executor, id: string, period?: string): Promise<PromiseDetail> {
  return (await requirePublicPromise(ex, { id }, period)).promise;
}

/** The progress of a public promise by the published rule, as of a period. */
export async function readPublicProgress(ex: Executor, id: string, period?: string): Promise<Progress> {
  return (await readPublicPromise(ex, id, period)).progress;
}

/** The approved follow-ups of a public promise's points, oldest period first, optionally of one period. */
export async function readPublicFollowUps(ex: Executor, id: string, period?: string): Promise<FollowUp[]> {
  // Read as of the requested period: an unknown period is a 404, as on the promise.
  const model = await requirePublicPromise(ex, { id }, period);
  return period === undefined ? model.followUps : model.followUps.filter((f) => f.period === period);
}

/** One point of a public promise with all its approved follow-ups and its public lineage. */
export async function readPublicCommitment(
  ex: Executor,
  commitmentId: string,
): Promise<CommitmentWithHistory> {
  const notFound = () => new AppError("not_found", { entity: "commitment", value: commitmentId });
  const promiseId = await findPublicPromiseOfCommitment(ex, commitmentId);
  if (!promiseId) throw notFound();
  const model = await readPromiseModel(ex, { id: promiseId }, { audience: "public" });
  const commitment = model?.promise.commitments.find((c) => c.id === commitmentId);
  if (!model || !commitment) throw notFound();
  return {
    ...commitment,
    promiseRef: model.promise.ref,
    followUps: model.followUps.filter((f) => f.commitmentId === commitmentId),
  };
}

/** Partnerships, their parties, areas and periods are public facts (who promises what, where). */
export async function readPublicPartnerships(ex: Executor): Promise<Partnership[]> {
  return (await selectPartnerships(ex)).map(presentPartnership);
}

export async function readPublicPartnership(ex: Executor, partnershipId: string): Promise<Partnership> {
  const row = await selectPartnership(ex, partnershipId);
  if (!row) throw new AppError("not_found", { entity: "partnership", value: partnershipId });
  return presentPartnership(row);
}

export const readPublicParties = (ex: Executor, partnershipId: string) =>
  partnershipList<Party>(ex, partnershipId, "parties");
export const readPublicAreas = (ex: Executor, partnershipId: string) =>
  partnershipList<Area>(ex, partnershipId, "areas");
export const readPublicPeriods = (ex: Executor, partnershipId: string) =>
  partnershipList<Period>(ex, partnershipId, "periods");

async function partnershipList<T>(
  ex: Executor,
  partnershipId: string,
  what: "parties" | "areas" | "periods",
): Promise<T[]> {
  const items = await selectPartnershipList<T>(ex, partnershipId, what);
  if (!items) throw new AppError("not_found", { entity: "partnership", value: partnershipId });
  return items;
}

async function requirePublicPromise(ex: Executor, key: PromiseKey, period?: string): Promise<PromiseModel> {
  const model = await readPromiseModel(ex, key, { audience: "public" }, period);
  if (!model) throw new AppError("not_found", { entity: "promise", value: "id" in key ? key.id : key.ref });
  return model;
}

function presentPartnership(row: PartnershipJsonRow): Partnership {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    municipalityName: row.municipalityName,
    periodScheme: row.periodScheme as Partnership["periodScheme"],
    deadlineOffsetDays: row.deadlineOffsetDays,
  };
}
