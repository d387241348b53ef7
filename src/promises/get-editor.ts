/**
 * What the editor pages show: the promises of a partnership (drafts included) and one promise with
 * its points, their versions, the vocabulary to choose from, the next lifecycle steps with the
 * reasons each is refused now, and what the viewer may do. Every role of the partnership reads
 * them (`promisesPolicy`, action `readInternal`); the policy also says which controls to show.
 */
import type { Executor } from "../platform/db/client.js";
import type { Viewer } from "../platform/viewer.js";
import { promiseSnapshot } from "./edit-promise.js";
import { listPromiseAreaIds, listPromisePartyIds } from "./editor.repository.js";
import { authorizedPromise, partnershipVocabulary } from "./editor-access.js";
import { getPromiseDetail } from "./get-promise.js";
import {
  allowedTransitions,
  checkTransition,
  isEditable,
  type LifecycleRefusal,
  type PromiseStatus,
  type ResponsibleKind,
} from "./lifecycle.js";
import { presentPromiseSummaries } from "./promise-summaries.js";
import { promisesPolicy } from "./promises.policy.js";
import { listCommitments, listPromises } from "./promises.repository.js";

const KINDS: readonly ResponsibleKind[] = ["joint", "municipality", "police", "other"];

/** The editor's list: every promise of the partnership (drafts too) and the "Nytt löfte" form. */
export async function getEditorList(options: { db: Executor; viewer: Viewer; partnershipId: string }) {
  const { db, viewer, partnershipId } = options;
  promisesPolicy.authorize(
    viewer,
    "readInternal",
    { partnershipId },
    { entity: "partnership", value: partnershipId },
  );
  const [rows, vocabulary] = await Promise.all([
    listPromises(db, { partnershipId }),
    partnershipVocabulary(db, partnershipId),
  ]);
  return {
    promises: await presentPromiseSummaries(db, rows),
    vocabulary,
    canCreate: promisesPolicy.allows(viewer, "manage", { partnershipId }),
  };
}

export type EditorList = Awaited<ReturnType<typeof getEditorList>>;

/** One promise of the partnership for the editor, by its reference; another partnership's is not found. */
export async function getEditorModel(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  ref: string;
}) {
  const { db, viewer, partnershipId, ref } = options;
  const promise = await authorizedPromise(db, viewer, { partnershipId, promiseRef: ref }, "readInternal");
  const [detail, rows, vocabulary, areaIds, partyIds, snapshot] = await Promise.all([
    getPromiseDetail({ db, viewer, key: { id: promise.id } }),
    listCommitments(db, [promise.id]),
    partnershipVocabulary(db, partnershipId),
    listPromiseAreaIds(db, promise.id),
    listPromisePartyIds(db, promise.id),
    promiseSnapshot(db, promise),
  ]);
  const status = promise.status as PromiseStatus;
  const transitions: Array<{ to: PromiseStatus; reasons: LifecycleRefusal[] }> = allowedTransitions(
    status,
  ).map((to) => {
    const check = checkTransition(snapshot, to);
    return { to, reasons: check.ok ? [] : check.reasons };
  });
  const points = detail.commitments.map((c) => {
    const row = rows.find((r) => r.id === c.id);
    const point = { partnershipId, responsibleKind: c.responsibleKind };
    return {
      ...c,
      version: row?.version ?? 0,
      canEdit: promisesPolicy.allows(viewer, "editCommitment", point),
      canDecideCarryOver: promisesPolicy.allows(viewer, "decideCarryOver", point),
    };
  });
  return {
    promise,
    areaIds,
    partyIds,
    points,
    vocabulary,
    transitions,
    editable: isEditable(status),
    canManage: promisesPolicy.allows(viewer, "manage", { partnershipId }),
    /** May edit the texts residents read (the kommunikatör's own form when it cannot manage). */
    canEditPublicTexts: promisesPolicy.allows(viewer, "editPublicTexts", { partnershipId }),
    /** May add a point of some kind (the kommunpolis: police and joint points). */
    canAddPoints: KINDS.some((responsibleKind) =>
      promisesPolicy.allows(viewer, "editCommitment", { partnershipId, responsibleKind }),
    ),
  };
}

export type EditorModel = Awaited<ReturnType<typeof getEditorModel>>;
