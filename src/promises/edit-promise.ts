/**
 * Editor use cases on the promise as a whole: create it, edit its fields, move it through its
 * lifecycle. Only the samordnare (coordinator) may (`promisesPolicy`, action `manage`).
 */

import { listFollowUpsOfCommitments } from "../followups/followups.repository.js";
import { promiseSpan } from "../periods/calendar.js";
import { listPeriods } from "../periods/periods.repository.js";
import { syncPartnershipPeriods } from "../periods/sync-periods.js";
import type { Db, Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import type { Viewer } from "../platform/viewer.js";
import {
  insertPromise,
  listPromiseAreaIds,
  listPromisePartyIds,
  replacePromiseAreas,
  replacePromiseParties,
  updatePromiseRow,
} from "./editor.repository.js";
import type { PromiseFields, PublicTexts } from "./editor.types.js";
import {
  authorizedPromise,
  conflict,
  type PromiseKey,
  partnershipVocabulary,
  requireKnown,
} from "./editor-access.js";
import {
  checkTransition,
  type PromiseSnapshot,
  type PromiseStatus,
  type ResponsibleKind,
} from "./lifecycle.js";
import { promisesPolicy } from "./promises.policy.js";
import {
  findPromise,
  listCommitmentParties,
  listCommitments,
  type PromiseRow,
} from "./promises.repository.js";

async function checkReferences(ex: Executor, partnershipId: string, fields: PromiseFields): Promise<void> {
  const v = await partnershipVocabulary(ex, partnershipId);
  requireKnown("areaIds", fields.areaIds, new Set(v.areas.map((a) => a.id)));
  requireKnown("partyIds", fields.partyIds, new Set(v.parties.map((p) => p.id)));
}

const columnsOf = (f: PromiseFields) => ({
  title: { sv: f.title },
  fromYear: f.fromYear,
  toYear: f.toYear,
  startsOn: f.startsOn ?? null,
  endsOn: f.endsOn ?? null,
  background: f.background ? { sv: f.background } : null,
  howMade: f.howMade ? { sv: f.howMade } : null,
});

/** A text with new Swedish and its translations kept; no Swedish: no text. */
function withSwedish(previous: LocalizedText | null, sv: string | undefined): LocalizedText | null {
  return sv ? { ...(previous ?? {}), sv } : null;
}

/**
 * Creates a promise as a draft, and the reporting periods that cover its span (the partnership's
 * scheme). A `ref` taken in the same partnership is a conflict; other partnerships may use it.
 */
export async function createPromise(options: {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
  ref: string;
  fields: PromiseFields;
}): Promise<PromiseRow> {
  const { db, viewer, partnershipId, ref, fields } = options;
  promisesPolicy.authorize(
    viewer,
    "manage",
    { partnershipId },
    { entity: "partnership", value: partnershipId },
  );
  await checkReferences(db, partnershipId, fields);
  if (await findPromise(db, { partnershipId, ref }))
    throw new AppError("conflict", { entity: "ref", value: ref });
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await insertPromise(tx, { partnershipId, ref, status: "draft", ...columnsOf(fields) });
    await replacePromiseAreas(tx, row.id, fields.areaIds);
    await replacePromiseParties(tx, row.id, fields.partyIds);
    const periods = await syncPartnershipPeriods(tx, partnershipId);
    audit({
      action: "promise.created",
      entityType: "promise",
      entityId: row.id,
      partnershipId,
      after: { ...row, areaIds: fields.areaIds, partyIds: fields.partyIds, periods },
    });
    return row;
  });
}

/**
 * Edits title, years and dates, background, how it was made, areas and parties (any status).
 * The partnership's periods follow the new span: missing ones are created; ones no promise covers
 * any more are removed unless they have follow-ups or were closed (those are kept, and named in
 * the audit event as `periods.kept`).
 */
export async function updatePromise(
  options: { db: Db; viewer: Viewer; version: number; fields: PromiseFields } & PromiseKey,
): Promise<PromiseRow> {
  const { db, viewer, fields } = options;
  const before = await authorizedPromise(db, viewer, options, "manage");
  await checkReferences(db, before.partnershipId, fields);
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const [areaIds, partyIds] = [
      await listPromiseAreaIds(tx, before.id),
      await listPromisePartyIds(tx, before.id),
    ];
    const row = await updatePromiseRow(tx, before.id, options.version, {
      ...columnsOf(fields),
      // The Swedish changes; its translations stay (marked outdated until someone saves them again).
      title: withSwedish(before.title, fields.title) ?? { sv: fields.title },
      background: withSwedish(before.background, fields.background),
      howMade: withSwedish(before.howMade, fields.howMade),
    });
    if (!row) throw conflict("promise", await findPromise(tx, { id: before.id }));
    await replacePromiseAreas(tx, row.id, fields.areaIds);
    await replacePromiseParties(tx, row.id, fields.partyIds);
    const periods = await syncPartnershipPeriods(tx, row.partnershipId);
    audit({
      action: "promise.updated",
      entityType: "promise",
      entityId: row.id,
      partnershipId: row.partnershipId,
      before: { ...before, areaIds, partyIds },
      after: { ...row, areaIds: fields.areaIds, partyIds: fields.partyIds, periods },
    });
    return row;
  });
}

/**
 * Edits the texts residents read (background, how it was made) and nothing else, at any status:
 * the kommunikatör's job (`editPublicTexts`), and the samordnare's.
 */
export async function updatePublicTexts(
  options: { db: Db; viewer: Viewer; version: number; texts: PublicTexts } & PromiseKey,
): Promise<PromiseRow> {
  const { db, viewer, texts } = options;
  const before = await authorizedPromise(db, viewer, options, "editPublicTexts");
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const row = await updatePromiseRow(tx, before.id, options.version, {
      background: withSwedish(before.background, texts.background),
      howMade: withSwedish(before.howMade, texts.howMade),
    });
    if (!row) throw conflict("promise", await findPromise(tx, { id: before.id }));
    audit({
      action: "promise.public_texts_updated",
      entityType: "promise",
      entityId: row.id,
      partnershipId: row.partnershipId,
      before: { background: before.background, howMade: before.howMade, version: before.version },
      after: { background: row.background, howMade: row.howMade, version: row.version },
    });
    return row;
  });
}

/** The plain-data view of a promise that lifecycle.checkTransition needs. */
export async function promiseSnapshot(ex: Executor, promise: PromiseRow): Promise<PromiseSnapshot> {
  const commitments = await listCommitments(ex, [promise.id]);
  const ids = commitments.map((c) => c.id);
  const [parties, areaIds, partyIds, periods, followUps] = await Promise.all([
    listCommitmentParties(ex, ids),
    listPromiseAreaIds(ex, promise.id),
    listPromisePartyIds(ex, promise.id),
    listPeriods(ex, promise.partnershipId),
    listFollowUpsOfCommitments(ex, ids, { approvedOnly: true }),
  ]);
  // The final period: the one in which the promise ends (its last day, or 31 December of its
  // last year), else the last period of its last year.
  const { endsOn } = promiseSpan(promise);
  const finalPeriod =
    periods.filter((p) => p.startsOn <= endsOn && endsOn <= p.endsOn).at(-1) ??
    periods.filter((p) => p.year === promise.toYear).at(-1) ??
    null;
  return {
    status: promise.status as PromiseStatus,
    signedOn: promise.signedOn,
    areaCount: areaIds.length,
    partyCount: partyIds.length,
    commitments: commitments.map((c) => ({
      number: c.number,
      text: c.text.sv,
      responsibleKind: c.responsibleKind as ResponsibleKind,
      partyIds: parties.filter((p) => p.commitmentId === c.id && p.role === "responsible").map((p) => p.id),
      hasApprovedFinalFollowUp:
        finalPeriod !== null &&
        followUps.some((f) => f.commitmentId === c.id && f.periodId === finalPeriod.id),
      carryOverDecision: (c.carryOver as "carry" | "close" | null) ?? null,
    })),
  };
}

/**
 * Moves the promise to another lifecycle status. A refused transition throws
 * `transition_refused` with every reason (codes + params; texts are `refusal.<code>`).
 * Moving to signed records the signing date (default today).
 */
export async function changePromiseStatus(
  options: {
    db: Db;
    viewer: Viewer;
    version: number;
    to: PromiseStatus;
    signedOn?: string | undefined;
    today?: string;
  } & PromiseKey,
): Promise<PromiseRow> {
  const { db, viewer, to } = options;
  const before = await authorizedPromise(db, viewer, options, "manage");
  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const current = await findPromise(tx, { id: before.id });
    if (!current || current.version !== options.version) throw conflict("promise", current);
    const check = checkTransition(await promiseSnapshot(tx, current), to);
    if (!check.ok) throw new AppError("transition_refused", { to }, check.reasons);
    const signedOn =
      to === "signed"
        ? (options.signedOn ?? options.today ?? new Date().toISOString().slice(0, 10))
        : undefined;
    const row = await updatePromiseRow(tx, current.id, options.version, {
      status: to,
      ...(signedOn ? { signedOn } : {}),
    });
    if (!row) throw conflict("promise", current);
    audit({
      action: "promise.status_changed",
      entityType: "promise",
      entityId: row.id,
      partnershipId: row.partnershipId,
      before: { status: current.status, signedOn: current.signedOn, version: current.version },
      after: { status: row.status, signedOn: row.signedOn, version: row.version },
    });
    return row;
  });
}
