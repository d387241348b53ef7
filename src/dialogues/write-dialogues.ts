/**
 * Changing the partnership's dialogues (`dialogues.manage`: samordnare, kommunpolis,
 * administratör). Each change is one audited mutation; every change after the first names the
 * version it read (the dialogue's, also for its findings, links and återkoppling), else 409.
 * Input problems are `invalid_body` with `details.fields` (field → reason).
 *
 * No names: participants are counts; free texts are checked for what identifies a person
 * (personal identity numbers, e-mail addresses, phone numbers: `findPersonalData` in
 * platform/personal-data.ts) and refused with `personal_data`.
 */
import type { Executor } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { findPersonalData } from "../platform/personal-data.js";
import * as repo from "./dialogues.repository.js";
import type { DialogueInput, FieldReason, FindingInput } from "./dialogues.types.js";
import { authorizeDialogues, type DialogueScope } from "./read-dialogues.js";

export type DialogueFieldErrors = Record<string, FieldReason>;

export function dialogueFieldErrors(fields: DialogueFieldErrors): AppError {
  const [first] = Object.keys(fields);
  return new AppError("invalid_body", { param: first ?? "", value: "" }, { fields });
}

/** True when a text holds something that identifies a person (a refusal, not a warning). */
function holdsPersonalData(text: string | null | undefined): boolean {
  return !!text && findPersonalData(text).length > 0;
}

function checkTexts(texts: Record<string, string | null | undefined>, errors: DialogueFieldErrors) {
  for (const [field, value] of Object.entries(texts))
    if (holdsPersonalData(value)) errors[field] = "personal_data";
}

async function checkDialogue(ex: Executor, partnershipId: string, input: DialogueInput) {
  const errors: DialogueFieldErrors = {};
  const [areas, parties] = await Promise.all([
    repo.listAreaNames(ex, partnershipId),
    repo.listPartyNames(ex, partnershipId),
  ]);
  if (!areas.some((a) => a.id === input.areaId)) errors.areaId = "area_invalid";
  if (input.organiserIds.some((id) => !parties.some((p) => p.id === id)))
    errors.organiserIds = "party_invalid";
  const seen = new Set<string>();
  for (const cell of input.participants) {
    const key = `${cell.gender}/${cell.ageBand}`;
    if (seen.has(key)) errors.participants = "invalid";
    seen.add(key);
  }
  checkTexts({ title: input.title, venue: input.venue }, errors);
  if (Object.keys(errors).length > 0) throw dialogueFieldErrors(errors);
}

const valuesOf = (input: DialogueInput) => ({
  kind: input.kind,
  title: input.title,
  heldOn: input.heldOn,
  areaId: input.areaId,
  method: input.method,
  venue: input.venue,
  public: input.public,
});

async function writeParts(tx: Executor, dialogueId: string, input: DialogueInput) {
  await repo.replaceOrganisers(tx, dialogueId, [...new Set(input.organiserIds)]);
  await repo.replaceParticipants(tx, dialogueId, input.participants);
}

/** Records a dialogue with its organisers and participant counts. */
export async function createDialogue(scope: DialogueScope, input: DialogueInput): Promise<{ id: string }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await checkDialogue(tx, scope.partnershipId, input);
    const row = await repo.insertDialogue(tx, { partnershipId: scope.partnershipId, ...valuesOf(input) });
    await writeParts(tx, row.id, input);
    audit({
      action: "dialogue.created",
      entityType: "dialogue",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      after: input,
    });
    return { id: row.id };
  });
}

/** The dialogue at the version read, or 404 / 409. */
async function current(tx: Executor, scope: DialogueScope, dialogueId: string) {
  const row = await repo.findDialogue(tx, scope.partnershipId, dialogueId);
  if (!row) throw new AppError("not_found", { entity: "dialogue", value: dialogueId });
  return row;
}

async function bump(tx: Executor, dialogueId: string, version: number, values = {}) {
  const row = await repo.updateDialogue(tx, dialogueId, version, values);
  if (!row) throw new AppError("conflict", { entity: "dialogue", value: dialogueId });
  return row;
}

/** Changes a dialogue (everything but its findings and återkoppling). */
export async function changeDialogue(
  scope: DialogueScope,
  dialogueId: string,
  input: DialogueInput & { version: number },
): Promise<{ id: string; version: number }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const before = await current(tx, scope, dialogueId);
    await checkDialogue(tx, scope.partnershipId, input);
    if (before.feedbackOn && before.feedbackOn < input.heldOn)
      throw dialogueFieldErrors({ heldOn: "feedback_before_dialogue" });
    const row = await bump(tx, dialogueId, input.version, valuesOf(input));
    await writeParts(tx, dialogueId, input);
    audit({
      action: "dialogue.changed",
      entityType: "dialogue",
      entityId: dialogueId,
      partnershipId: scope.partnershipId,
      before,
      after: input,
    });
    return { id: row.id, version: row.version };
  });
}

/** Records the återkoppling to the participants: when and how. */
export async function recordFeedback(
  scope: DialogueScope,
  dialogueId: string,
  input: { feedbackOn: string; feedbackHow: string; version: number },
): Promise<{ id: string; version: number }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const before = await current(tx, scope, dialogueId);
    const errors: DialogueFieldErrors = {};
    if (input.feedbackOn < before.heldOn) errors.feedbackOn = "feedback_before_dialogue";
    checkTexts({ feedbackHow: input.feedbackHow }, errors);
    if (Object.keys(errors).length > 0) throw dialogueFieldErrors(errors);
    const row = await bump(tx, dialogueId, input.version, {
      feedbackOn: input.feedbackOn,
      feedbackHow: input.feedbackHow,
    });
    audit({
      action: "dialogue.feedback_recorded",
      entityType: "dialogue",
      entityId: dialogueId,
      partnershipId: scope.partnershipId,
      before: { feedbackOn: before.feedbackOn, feedbackHow: before.feedbackHow },
      after: { feedbackOn: input.feedbackOn, feedbackHow: input.feedbackHow },
    });
    return { id: row.id, version: row.version };
  });
}

/** Adds a finding (a problem raised) to a dialogue. */
export async function addFinding(
  scope: DialogueScope,
  dialogueId: string,
  input: FindingInput,
): Promise<{ id: string; version: number }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await current(tx, scope, dialogueId);
    const errors: DialogueFieldErrors = {};
    checkTexts({ statement: input.statement, place: input.place }, errors);
    if (Object.keys(errors).length > 0) throw dialogueFieldErrors(errors);
    const dialogue = await bump(tx, dialogueId, input.version);
    const row = await repo.insertFinding(tx, {
      dialogueId,
      category: input.category,
      place: input.place,
      statement: input.statement,
      raisedBy: input.raisedBy,
    });
    audit({
      action: "dialogue.finding_added",
      entityType: "dialogue_finding",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      after: row,
    });
    return { id: row.id, version: dialogue.version };
  });
}

async function findingOf(tx: Executor, dialogueId: string, findingId: string) {
  const found = (await repo.listFindings(tx, [dialogueId])).find((f) => f.id === findingId);
  if (!found) throw new AppError("not_found", { entity: "finding", value: findingId });
  return found;
}

/** Removes a finding (and its links to points). */
export async function removeFinding(
  scope: DialogueScope,
  dialogueId: string,
  findingId: string,
  version: number,
): Promise<{ id: string; version: number }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await current(tx, scope, dialogueId);
    const before = await findingOf(tx, dialogueId, findingId);
    const dialogue = await bump(tx, dialogueId, version);
    await repo.deleteFinding(tx, dialogueId, findingId);
    audit({
      action: "dialogue.finding_removed",
      entityType: "dialogue_finding",
      entityId: findingId,
      partnershipId: scope.partnershipId,
      before,
    });
    return { id: findingId, version: dialogue.version };
  });
}

/** Sets the points a finding led to (points of any of the partnership's promises). */
export async function linkFinding(
  scope: DialogueScope,
  dialogueId: string,
  findingId: string,
  input: { commitmentIds: string[]; version: number },
): Promise<{ id: string; version: number }> {
  authorizeDialogues(scope, "manage");
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    await current(tx, scope, dialogueId);
    await findingOf(tx, dialogueId, findingId);
    const ids = [...new Set(input.commitmentIds)];
    for (const id of ids) {
      if (!(await repo.findPointInPartnership(tx, scope.partnershipId, id)))
        throw dialogueFieldErrors({ commitmentIds: "point_invalid" });
    }
    const dialogue = await bump(tx, dialogueId, input.version);
    await repo.replaceFindingLinks(tx, findingId, ids);
    audit({
      action: "dialogue.finding_linked",
      entityType: "dialogue_finding",
      entityId: findingId,
      partnershipId: scope.partnershipId,
      after: { commitmentIds: ids },
    });
    return { id: findingId, version: dialogue.version };
  });
}
