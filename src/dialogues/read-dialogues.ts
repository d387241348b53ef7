/**
 * Reading the partnership's dialogues (`dialogues.read`: every role of the partnership): the list
 * with the ones still waiting for återkoppling, one dialogue with its participants and findings,
 * and "varför den här punkten" — the findings behind a point.
 */
import { findPartnershipBySlug } from "../partnerships/partnerships.repository.js";
import type { Db, Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { rowsWithDemoMarkers } from "../platform/markers/markers.repository.js";
import type { Viewer } from "../platform/viewer.js";
import { dialoguesPolicy } from "./dialogues.policy.js";
import * as repo from "./dialogues.repository.js";
import type { Dialogue, DialogueSummary, PointReason } from "./dialogues.types.js";

/** Whose dialogues: a partnership, asked for by a viewer. */
export interface DialogueScope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

/** The partnership of an API address as a scope (404 when there is none). */
export async function dialogueScopeOf(db: Db, viewer: Viewer, slug: string): Promise<DialogueScope> {
  const partnership = await findPartnershipBySlug(db, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  return { db, viewer, partnershipId: partnership.id };
}

export function authorizeDialogues(scope: DialogueScope, action: "read" | "manage") {
  dialoguesPolicy.authorize(
    scope.viewer,
    action,
    { partnershipId: scope.partnershipId },
    { entity: "partnership", value: scope.partnershipId },
  );
}

const total = (cells: Array<{ count: number }>) => cells.reduce((sum, c) => sum + c.count, 0);

async function present(ex: Executor, rows: repo.DialogueRow[]) {
  const ids = rows.map((r) => r.id);
  const [areas, organisers, participants, findings, demo] = await Promise.all([
    repo.listAreaNames(ex, rows[0]?.partnershipId ?? "00000000-0000-0000-0000-000000000000"),
    repo.listOrganisers(ex, ids),
    repo.listParticipants(ex, ids),
    repo.listFindings(ex, ids),
    rowsWithDemoMarkers(ex, "dialogues", ids),
  ]);
  const links = await repo.listFindingLinks(
    ex,
    findings.map((f) => f.id),
  );
  return rows.map((row): Dialogue => {
    const cells = participants
      .filter((p) => p.dialogueId === row.id)
      .map((p) => ({ gender: p.gender, ageBand: p.ageBand, count: p.count })) as Dialogue["participants"];
    return {
      id: row.id,
      kind: row.kind as Dialogue["kind"],
      title: row.title,
      heldOn: row.heldOn,
      area: { id: row.areaId, name: areas.find((a) => a.id === row.areaId)?.name ?? "" },
      method: row.method as Dialogue["method"],
      venue: row.venue,
      public: row.public,
      organisers: organisers.filter((o) => o.dialogueId === row.id).map(({ id, name }) => ({ id, name })),
      participants: cells,
      participantsTotal: total(cells),
      feedback: row.feedbackOn && row.feedbackHow ? { on: row.feedbackOn, how: row.feedbackHow } : null,
      findings: findings
        .filter((f) => f.dialogueId === row.id)
        .map((f) => ({
          id: f.id,
          category: f.category as Dialogue["findings"][number]["category"],
          place: f.place,
          statement: f.statement,
          raisedBy: f.raisedBy,
          commitments: links
            .filter((l) => l.findingId === f.id)
            .map(({ id, number, promiseRef, text }) => ({ id, number, promiseRef, text })),
        })),
      demo: demo.has(row.id),
      version: row.version,
    };
  });
}

/** The partnership's dialogues, newest first; `missingFeedback` marks those without återkoppling. */
export async function listDialogues(scope: DialogueScope): Promise<DialogueSummary[]> {
  authorizeDialogues(scope, "read");
  const rows = await repo.listDialogueRows(scope.db, scope.partnershipId);
  const full = await present(scope.db, rows);
  return full.map(({ findings, participants: _participants, ...d }) => ({
    ...d,
    findingCount: findings.length,
    missingFeedback: d.feedback === null,
  }));
}

/** One dialogue with its participants, findings and the points they led to (404 when not the partnership's). */
export async function getDialogue(scope: DialogueScope, dialogueId: string): Promise<Dialogue> {
  authorizeDialogues(scope, "read");
  const row = await repo.findDialogue(scope.db, scope.partnershipId, dialogueId);
  if (!row) throw new AppError("not_found", { entity: "dialogue", value: dialogueId });
  const [dialogue] = await present(scope.db, [row]);
  if (!dialogue) throw new AppError("not_found", { entity: "dialogue", value: dialogueId });
  return dialogue;
}

/** What a dialogue form chooses from: the partnership's areas, parties and points. */
export async function dialogueChoices(scope: DialogueScope) {
  authorizeDialogues(scope, "read");
  const [areas, parties, points] = await Promise.all([
    repo.listAreaNames(scope.db, scope.partnershipId),
    repo.listPartyNames(scope.db, scope.partnershipId),
    repo.listPartnershipPoints(scope.db, scope.partnershipId),
  ]);
  return { areas, parties, points };
}

/** "Varför den här punkten": the findings (of any dialogue of the partnership) linked to a point. */
export async function listPointReasons(scope: DialogueScope, commitmentId: string): Promise<PointReason[]> {
  return (await readPointReasons(scope, commitmentId)).reasons;
}

/** The point (number, promise, text) with its findings. */
export async function readPointReasons(scope: DialogueScope, commitmentId: string) {
  authorizeDialogues(scope, "read");
  const point = await repo.findPointInPartnership(scope.db, scope.partnershipId, commitmentId);
  if (!point) throw new AppError("not_found", { entity: "commitment", value: commitmentId });
  const rows = await repo.listPointReasons(scope.db, scope.partnershipId, commitmentId);
  const reasons = rows.map(
    (r): PointReason => ({
      findingId: r.findingId,
      category: r.category as PointReason["category"],
      place: r.place,
      statement: r.statement,
      raisedBy: r.raisedBy,
      dialogue: {
        id: r.dialogueId,
        kind: r.kind as PointReason["dialogue"]["kind"],
        title: r.title,
        heldOn: r.heldOn,
      },
    }),
  );
  return { point, reasons };
}
