/** The only SQL of the dialogues module. */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { areas } from "../areas/areas.schema.js";
import { parties } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";
import { queryRows } from "../platform/db/rows.js";
import {
  dialogueFindings,
  dialogueOrganisers,
  dialogueParticipants,
  dialogues,
  findingCommitments,
} from "./dialogues.schema.js";

export type DialogueRow = typeof dialogues.$inferSelect;
export type FindingRow = typeof dialogueFindings.$inferSelect;
export type ParticipantRow = typeof dialogueParticipants.$inferSelect;

export function listDialogueRows(ex: Executor, partnershipId: string): Promise<DialogueRow[]> {
  return ex
    .select()
    .from(dialogues)
    .where(eq(dialogues.partnershipId, partnershipId))
    .orderBy(desc(dialogues.heldOn), asc(dialogues.title));
}

export async function findDialogue(
  ex: Executor,
  partnershipId: string,
  id: string,
): Promise<DialogueRow | null> {
  const [row] = await ex
    .select()
    .from(dialogues)
    .where(and(eq(dialogues.partnershipId, partnershipId), eq(dialogues.id, id)));
  return row ?? null;
}

export function listAreaNames(ex: Executor, partnershipId: string) {
  return ex
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.partnershipId, partnershipId))
    .orderBy(asc(areas.name));
}

export function listPartyNames(ex: Executor, partnershipId: string) {
  return ex
    .select({ id: parties.id, name: parties.name })
    .from(parties)
    .where(eq(parties.partnershipId, partnershipId))
    .orderBy(asc(parties.name));
}

export async function listOrganisers(ex: Executor, dialogueIds: string[]) {
  if (dialogueIds.length === 0) return [];
  return ex
    .select({ dialogueId: dialogueOrganisers.dialogueId, id: parties.id, name: parties.name })
    .from(dialogueOrganisers)
    .innerJoin(parties, eq(parties.id, dialogueOrganisers.partyId))
    .where(inArray(dialogueOrganisers.dialogueId, dialogueIds))
    .orderBy(asc(parties.name));
}

export async function listParticipants(ex: Executor, dialogueIds: string[]): Promise<ParticipantRow[]> {
  if (dialogueIds.length === 0) return [];
  return ex.select().from(dialogueParticipants).where(inArray(dialogueParticipants.dialogueId, dialogueIds));
}

export async function listFindings(ex: Executor, dialogueIds: string[]): Promise<FindingRow[]> {
  if (dialogueIds.length === 0) return [];
  return ex
    .select()
    .from(dialogueFindings)
    .where(inArray(dialogueFindings.dialogueId, dialogueIds))
    .orderBy(asc(dialogueFindings.createdAt), asc(dialogueFindings.id));
}

export interface LinkedPointRow {
  findingId: string;
  id: string;
  number: number;
  promiseRef: string;
  text: string;
}

export async function listFindingLinks(ex: Executor, findingIds: string[]): Promise<LinkedPointRow[]> {
  if (findingIds.length === 0) return [];
  return queryRows(
    ex,
    sql`SELECT fc.finding_id AS "findingId", c.id, c.number, p.ref AS "promiseRef", c.text->>'sv' AS text
        FROM finding_commitments fc
        JOIN commitments c ON c.id = fc.commitment_id
        JOIN promises p ON p.id = c.promise_id
        WHERE fc.finding_id IN (${sql.join(
          findingIds.map((id) => sql`${id}`),
          sql`, `,
        )})
        ORDER BY p.from_year DESC, p.ref, c.number`,
  );
}

/** Every point of the partnership's promises (for choosing what a finding led to). */
export function listPartnershipPoints(
  ex: Executor,
  partnershipId: string,
): Promise<Array<{ id: string; number: number; promiseRef: string; promiseTitle: string; text: string }>> {
  return queryRows(
    ex,
    sql`SELECT c.id, c.number, p.ref AS "promiseRef", p.title->>'sv' AS "promiseTitle", c.text->>'sv' AS text
        FROM commitments c JOIN promises p ON p.id = c.promise_id
        WHERE p.partnership_id = ${partnershipId}
        ORDER BY p.from_year DESC, p.ref, c.number`,
  );
}

export async function findPointInPartnership(
  ex: Executor,
  partnershipId: string,
  commitmentId: string,
): Promise<{ id: string; number: number; promiseRef: string; text: string } | null> {
  const [row] = await queryRows<{ id: string; number: number; promiseRef: string; text: string }>(
    ex,
    sql`SELECT c.id, c.number, p.ref AS "promiseRef", c.text->>'sv' AS text
        FROM commitments c JOIN promises p ON p.id = c.promise_id
        WHERE c.id = ${commitmentId} AND p.partnership_id = ${partnershipId}`,
  );
  return row ?? null;
}

export async function insertDialogue(ex: Executor, values: typeof dialogues.$inferInsert) {
  const [row] = await ex.insert(dialogues).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** Updates a dialogue at the version read (null: someone else changed it, or it is gone). */
export async function updateDialogue(
  ex: Executor,
  id: string,
  version: number,
  values: Partial<typeof dialogues.$inferInsert>,
): Promise<DialogueRow | null> {
  const [row] = await ex
    .update(dialogues)
    .set({ ...values, version: sql`${dialogues.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(dialogues.id, id), eq(dialogues.version, version)))
    .returning();
  return row ?? null;
}

export async function replaceOrganisers(ex: Executor, dialogueId: string, partyIds: string[]) {
  await ex.delete(dialogueOrganisers).where(eq(dialogueOrganisers.dialogueId, dialogueId));
  if (partyIds.length > 0)
    await ex.insert(dialogueOrganisers).values(partyIds.map((partyId) => ({ dialogueId, partyId })));
}

export async function replaceParticipants(
  ex: Executor,
  dialogueId: string,
  cells: Array<{ gender: string; ageBand: string; count: number }>,
) {
  await ex.delete(dialogueParticipants).where(eq(dialogueParticipants.dialogueId, dialogueId));
  const kept = cells.filter((c) => c.count > 0);
  if (kept.length > 0) await ex.insert(dialogueParticipants).values(kept.map((c) => ({ dialogueId, ...c })));
}

export async function insertFinding(ex: Executor, values: typeof dialogueFindings.$inferInsert) {
  const [row] = await ex.insert(dialogueFindings).values(values).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function deleteFinding(ex: Executor, dialogueId: string, findingId: string) {
  const [row] = await ex
    .delete(dialogueFindings)
    .where(and(eq(dialogueFindings.dialogueId, dialogueId), eq(dialogueFindings.id, findingId)))
    .returning();
  return row ?? null;
}

export async function replaceFindingLinks(ex: Executor, findingId: string, commitmentIds: string[]) {
  await ex.delete(findingCommitments).where(eq(findingCommitments.findingId, findingId));
  if (commitmentIds.length > 0)
    await ex
      .insert(findingCommitments)
      .values(commitmentIds.map((commitmentId) => ({ findingId, commitmentId })));
}

export interface PointReasonRow {
  findingId: string;
  category: string;
  place: string | null;
  statement: string;
  raisedBy: number;
  dialogueId: string;
  kind: string;
  title: string;
  heldOn: string;
}

/** The findings behind one point of the partnership, oldest dialogue first. */
export function listPointReasons(
  ex: Executor,
  partnershipId: string,
  commitmentId: string,
): Promise<PointReasonRow[]> {
  return queryRows(
    ex,
    sql`SELECT f.id AS "findingId", f.category, f.place, f.statement, f.raised_by AS "raisedBy",
          d.id AS "dialogueId", d.kind, d.title, d.held_on::text AS "heldOn"
        FROM finding_commitments fc
        JOIN dialogue_findings f ON f.id = fc.finding_id
        JOIN dialogues d ON d.id = f.dialogue_id
        WHERE fc.commitment_id = ${commitmentId} AND d.partnership_id = ${partnershipId}
        ORDER BY d.held_on, d.title, f.created_at, f.id`,
  );
}
