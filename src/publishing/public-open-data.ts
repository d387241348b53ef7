/**
 * The public reader of open data (CSV, JSON, Atom feeds, the DCAT catalogue, the sitemap): every
 * public promise of one partnership or of the whole installation, each as its public read model
 * (points, approved follow-ups, progress, published reports). Like every public reader it takes
 * no viewer: the answer is the same whoever asks, and it sees only what residents may see.
 */
import type { FollowUp } from "../followups/followups.types.js";
import type { Area, Partnership } from "../partnerships/partnerships.types.js";
import type { Period } from "../periods/periods.types.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { PromiseDetail } from "../promises/promises.types.js";
import { readPublicPromiseModels } from "./promise-model.js";
import { readPublicAreas, readPublicPartnership, readPublicPartnerships } from "./public-readers.js";
import { findPartnershipIdBySlug, selectPublicPromiseSummaries } from "./publishing.repository.js";
import type { PublishedReport } from "./publishing.types.js";

export interface OpenDataPromise {
  promise: PromiseDetail;
  /** Approved follow-ups of the promise's points, oldest period first. */
  followUps: FollowUp[];
  /** The partnership's periods, oldest first. */
  periods: Period[];
  /** Published report-back editions, newest first. */
  reports: PublishedReport[];
  /** Periods whose period report is public, oldest first. */
  periodReports: string[];
}

export interface OpenDataPartnership extends Partnership {
  /** The partnership's areas (names only: the boundaries are in the public API). */
  areas: Pick<Area, "id" | "name">[];
}

export interface PublicOpenData {
  /** The partnerships in scope (one, or every partnership of the installation), by name. */
  partnerships: OpenDataPartnership[];
  /** Their public promises, newest first. */
  promises: OpenDataPromise[];
}

/**
 * Open data of one partnership (by its slug; 404 when there is none) or of the installation.
 * Only public promises are read, each by the public read model (approved follow-ups only).
 */
export async function readPublicOpenData(
  ex: Executor,
  scope: { partnershipSlug?: string } = {},
): Promise<PublicOpenData> {
  const partnerships = await readPublicOpenDataPartnerships(ex, scope);
  const summaries = await selectPublicPromiseSummaries(
    ex,
    scope.partnershipSlug !== undefined && partnerships[0] ? { partnershipId: partnerships[0].id } : {},
  );
  // In batches: a national installation has thousands of promises.
  const models = await readPublicPromiseModels(
    ex,
    summaries.map((s) => s.id),
  );
  const promises = models.map(
    (model): OpenDataPromise => ({
      promise: model.promise,
      followUps: model.followUps,
      periods: model.periods,
      reports: model.reports,
      periodReports: model.periodReports,
    }),
  );
  return { partnerships, promises };
}

/** The partnerships in scope with their areas (one by slug, 404 when none; else every one). */
export async function readPublicOpenDataPartnerships(
  ex: Executor,
  scope: { partnershipSlug?: string } = {},
): Promise<OpenDataPartnership[]> {
  let partnerships: Partnership[];
  if (scope.partnershipSlug !== undefined) {
    const id = await findPartnershipIdBySlug(ex, scope.partnershipSlug);
    if (!id) throw new AppError("not_found", { entity: "partnership", value: scope.partnershipSlug });
    partnerships = [await readPublicPartnership(ex, id)];
  } else partnerships = await readPublicPartnerships(ex);
  const withAreas: OpenDataPartnership[] = [];
  for (const p of partnerships) {
    const areas = await readPublicAreas(ex, p.id);
    withAreas.push({ ...p, areas: areas.map(({ id, name }) => ({ id, name })) });
  }
  return withAreas;
}
