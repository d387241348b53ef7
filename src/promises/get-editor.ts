/**
 * What the editor pages show: the promises of a partnership (drafts included) and one promise with
 * its points, their versions, the vocabulary to choose from, the next lifecycle steps with the
 * reasons each is refused now, and what the viewer may do.
 */
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { promiseSnapshot } from "./edit-promise.js";
import { listPromiseAreaIds, listPromisePartyIds } from "./editor.repository.js";
import { partnershipVocabulary, requireStaffPromise } from "./editor-access.js";
import { getPromiseDetail } from "./get-promise.js";
import {
  allowedTransitions,
  checkTransition,
  isEditable,
  type LifecycleRefusal,
  type PromiseStatus,
} from "./lifecycle.js";
import { listPromises } from "./list-promises.js";
import { canEditCommitment, canManagePromise } from "./promises.policy.js";
import { findPromise, listCommitments } from "./promises.repository.js";

/** All promises of the partnership the viewer works in (staff see drafts too). */
export function listEditorPromises(options: { db: Executor; viewer: Viewer; partnershipId: string }) {
  return listPromises(options);
}

/** One promise for the editor; another partnership's promise is not found. */
export async function getEditorModel(options: {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
  ref: string;
}) {
  const { db, viewer, partnershipId, ref } = options;
  const found = await findPromise(db, { ref });
  if (!found || found.partnershipId !== partnershipId)
    throw new AppError("not_found", { entity: "promise", value: ref });
  const promise = await requireStaffPromise(db, viewer, found.id);
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
    return {
      ...c,
      version: row?.version ?? 0,
      canEdit: canEditCommitment(viewer, partnershipId, c.responsibleKind),
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
    canManage: canManagePromise(viewer, partnershipId),
    /** May add a point of some kind (the kommunpolis: police and joint points). */
    canAddPoints: canEditCommitment(viewer, partnershipId, "police"),
  };
}

export type EditorModel = Awaited<ReturnType<typeof getEditorModel>>;
