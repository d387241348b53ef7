/**
 * The public readers: everything residents may see, and nothing else, whoever is signed in. They
 * take no viewer on purpose: a public answer does not depend on who asks, so it can be cached.
 * Public pages, the public API, and every feed or export to come read through these.
 */
import type { FollowUp, Progress } from "../followups/followups.types.js";
import { rollUpProgress } from "../followups/progress.js";
import type { FollowUpStatus } from "../followups/statuses.js";
import type { Area, Partnership, Party } from "../partnerships/partnerships.types.js";
import type { Period } from "../periods/periods.types.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { CommitmentWithHistory, PromiseDetail, PromiseSummary } from "../promises/promises.types.js";
import { type PromiseKey, type PromiseModel, presentSummary, readPromiseModel } from "./promise-model.js";
import { readPublicPointReasons } from "./public-point-reasons.js";
import {
  findPublicPromiseOfCommitment,
  type OverviewRow,
  type PartnershipJsonRow,
  type PromiseCursor,
  selectOverviewChoices,
  selectOverviewPage,
  selectPartnership,
  selectPartnershipContacts,
  selectPartnershipList,
  selectPartnershipPage,
  selectPartnerships,
  selectPublicPromisePlaces,
  selectPublicPromiseSummaries,
} from "./publishing.repository.js";
import type {
  ListedPromise,
  OverviewFilters,
  PromisePageModel,
  PublicHome,
  PublicMapArea,
  PublicPartnershipPage,
  PublicPromiseAddress,
} from "./publishing.types.js";

/** How many promises one page of the start page (the national overview) lists. */
export const OVERVIEW_PAGE_SIZE = 20;

const listed = (row: OverviewRow): ListedPromise => ({
  ...presentSummary(row),
  reportPublished: row.reportPublished,
  // The published rule (followups/progress.ts) over each point's latest approved follow-up.
  progress: rollUpProgress(
    row.progressInputs.map((c) => ({
      commitmentId: c.id,
      weight: c.weight,
      partyIds: [],
      status: c.status as FollowUpStatus | null,
    })),
  ).percent,
});

/**
 * The start page, the national overview: public promises matching the filters (county,
 * municipality, area classification, year), one page of OVERVIEW_PAGE_SIZE at a time, grouped
 * by partnership (by name), each with its progress; and the filters' choices. Three queries.
 */
export async function readPublicHome(
  ex: Executor,
  filters: OverviewFilters = {},
  page = 1,
): Promise<PublicHome> {
  const [{ rows, total }, choices] = await Promise.all([
    selectOverviewPage(ex, filters, {
      limit: OVERVIEW_PAGE_SIZE,
      offset: (page - 1) * OVERVIEW_PAGE_SIZE,
    }),
    selectOverviewChoices(ex),
  ]);
  const groups = new Map<string, PublicHome["groups"][number]>();
  for (const row of rows) {
    const group = groups.get(row.partnershipId) ?? {
      partnership: {
        slug: row.partnershipSlug,
        name: row.partnershipName,
        municipalityName: row.municipalityName,
        county: row.county,
      },
      promises: [],
    };
    groups.set(row.partnershipId, group);
    group.promises.push(listed(row));
  }
  const bySv = (a: string, b: string) => a.localeCompare(b, "sv");
  const years: number[] = [];
  if (choices.fromYear !== null && choices.toYear !== null)
    for (let y = choices.toYear; y >= choices.fromYear; y--) years.push(y);
  return {
    filters,
    choices: {
      counties: [...choices.counties].sort(bySv),
      municipalities: [...choices.municipalities].sort(bySv),
      years,
    },
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE)),
    groups: [...groups.values()],
  };
}

/** A partnership's public page (404 when there is no such partnership): contact, areas, public promises. */
export async function readPublicPartnershipPage(ex: Executor, slug: string): Promise<PublicPartnershipPage> {
  const row = await selectPartnershipPage(ex, slug);
  if (!row) throw new AppError("not_found", { entity: "partnership", value: slug });
  const { rows } = await selectOverviewPage(
    ex,
    { partnershipId: row.id },
    { limit: 500, offset: 0, count: false },
  );
  return {
    slug: row.slug,
    name: row.name,
    municipalityName: row.municipalityName,
    county: row.county,
    contact: row.contact,
    areas: row.areas.map((a) => ({
      id: a.id,
      name: a.name,
      boundary: a.geojson,
      classification: a.classification as PublicMapArea["classification"],
    })),
    promises: rows.map(listed),
  };
}

/** A public promise page as of a period (default: the latest with an approved follow-up); 404 otherwise. */
export async function readPublicPromisePage(
  ex: Executor,
  at: PublicPromiseAddress,
  period?: string,
): Promise<PromisePageModel> {
  const { promise, periods, classifications, reports, periodReports, areas, contact } =
    await requirePublicPromise(ex, at, period);
  const reasons = await readPublicPointReasons(ex, promise.id);
  return { promise, periods, classifications, reports, periodReports, areas, contact, reasons };
}

/**
 * Where public promises with this reference live (`/loften/<ref>` redirects when there is one,
 * lists them when there are several).
 */
export async function readPublicPromisePlaces(ex: Executor, ref: string) {
  return selectPublicPromisePlaces(ex, ref);
}

/** The API's list: how many promises a page has unless the client asks (`limit`), and at most. */
export const PROMISE_LIST_DEFAULT_LIMIT = 20;
export const PROMISE_LIST_MAX_LIMIT = 500;

/** A cursor as the API hands it out: opaque to clients (base64url of the last row's order key). */
export function encodePromiseCursor(cursor: PromiseCursor): string {
  return Buffer.from(JSON.stringify([cursor.fromYear, cursor.ref, cursor.id])).toString("base64url");
}

/** A cursor back from a client, or an `invalid_query` 400 when it is not one this API gave. */
export function decodePromiseCursor(text: string): PromiseCursor {
  const invalid = () => new AppError("invalid_query", { param: "cursor", value: text.slice(0, 100) });
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(value) ||
    value.length !== 3 ||
    !Number.isInteger(value[0]) ||
    typeof value[1] !== "string" ||
    value[1].length > 100 ||
    typeof value[2] !== "string" ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value[2])
  )
    throw invalid();
  return { fromYear: value[0] as number, ref: value[1], id: value[2] };
}

/**
 * Public promises, newest first, optionally filtered (a non-public status finds nothing), one page
 * at a time: `limit` of them (default PROMISE_LIST_DEFAULT_LIMIT) after `cursor`, and the cursor
 * of the next page (null on the last).
 */
export async function readPublicPromiseList(
  ex: Executor,
  filter: { partnershipId?: string; year?: number; status?: string } = {},
  page: { limit?: number; cursor?: string } = {},
): Promise<{ data: PromiseSummary[]; nextCursor: string | null }> {
  const limit = Math.min(page.limit ?? PROMISE_LIST_DEFAULT_LIMIT, PROMISE_LIST_MAX_LIMIT);
  const after = page.cursor === undefined ? undefined : decodePromiseCursor(page.cursor);
  const rows = await selectPublicPromiseSummaries(ex, {
    ...filter,
    limit: limit + 1,
    ...(after ? { after } : {}),
  });
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    data: shown.map(presentSummary),
    nextCursor:
      rows.length > limit && last
        ? encodePromiseCursor({ fromYear: last.fromYear, ref: last.ref, id: last.id })
        : null,
  };
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

/** Every partnership's contact address, by name (the accessibility statement lists them). */
export function readPublicContacts(ex: Executor) {
  return selectPartnershipContacts(ex);
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
