/**
 * Recording a walk and its findings (`walks.manage`): one audited mutation each. A finding's
 * place is a position (typed, or read from a click on the walk's map) or an address in words (no
 * geocoder is asked: the address is kept as text and the finding is listed but not drawn). Its
 * photo is stripped of metadata (photo.ts) and size-limited; its description is checked for
 * personal data (platform/personal-data.ts) and the caller gets the kinds found as warnings.
 */

import type { Executor } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { type PersonalDataKind, personalDataKinds } from "../platform/personal-data.js";
import { PHOTO_MAX_BYTES, stripPhotoMetadata } from "./photo.js";
import { addMonths, loadWalk, type WalkScope } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";
import { DEFAULT_TARGET_MONTHS, type FindingInput, type WalkInput } from "./walks.types.js";

const fieldError = (field: string, reason: string) =>
  new AppError("invalid_body", { param: field, value: "" }, { fields: { [field]: reason } });

const authorizeManage = (scope: WalkScope) =>
  walksPolicy.authorize(
    scope.viewer,
    "manage",
    { partnershipId: scope.partnershipId },
    { entity: "partnership", value: scope.partnershipId },
  );

export async function createWalk(scope: WalkScope, input: WalkInput) {
  authorizeManage(scope);
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    if (!(await repo.findArea(tx, scope.partnershipId, input.areaId)))
      throw fieldError("areaId", "area_invalid");
    const row = await repo.insertWalk(tx, { partnershipId: scope.partnershipId, ...input });
    audit({
      action: "safety_walk.created",
      entityType: "safety_walk",
      entityId: row.id,
      partnershipId: scope.partnershipId,
      after: row,
    });
    return row;
  });
}

/** A photo's bytes, cleaned; refused when too large or neither JPEG nor PNG. */
export function cleanPhoto(bytes: Uint8Array) {
  if (bytes.length > PHOTO_MAX_BYTES)
    throw new AppError("payload_too_large", { entity: "photo", max: PHOTO_MAX_BYTES / 1024 });
  const result = stripPhotoMetadata(bytes);
  if (!result.ok) throw fieldError("photo", "photo_type");
  return result;
}

export interface AddedFinding {
  id: string;
  number: number;
  warnings: PersonalDataKind[];
}

export async function addFinding(
  scope: WalkScope,
  walkId: string,
  input: FindingInput,
  photo?: Uint8Array,
): Promise<AddedFinding> {
  authorizeManage(scope);
  const hasPosition = input.latitude != null && input.longitude != null;
  if ((input.latitude == null) !== (input.longitude == null))
    throw fieldError(input.latitude == null ? "latitude" : "longitude", "position_half");
  if (!hasPosition && !input.address) throw fieldError("latitude", "place_missing");
  const cleaned = photo && photo.length > 0 ? cleanPhoto(photo) : null;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const walk = await loadWalk(tx, scope.partnershipId, walkId);
    await checkResponsible(tx, scope.partnershipId, input.responsiblePartyId, input.unitId ?? null);
    const row = await repo.insertFinding(tx, {
      walkId,
      partnershipId: scope.partnershipId,
      number: await repo.nextFindingNumber(tx, walkId),
      category: input.category,
      description: input.description,
      descriptionPublic: input.descriptionPublic,
      latitude: hasPosition ? (input.latitude as number) : null,
      longitude: hasPosition ? (input.longitude as number) : null,
      address: input.address || null,
      responsiblePartyId: input.responsiblePartyId,
      unitId: input.unitId ?? null,
      targetDate: input.targetDate ?? addMonths(walk.walkedOn, DEFAULT_TARGET_MONTHS),
    });
    if (cleaned)
      await repo.insertPhoto(tx, row.id, cleaned.type, Buffer.from(cleaned.bytes).toString("base64"));
    audit(findingAudit("walk_finding.created", row, scope.partnershipId, { photo: cleaned !== null }));
    return { id: row.id, number: row.number, warnings: personalDataKinds(input.description) };
  });
}

function findingAudit(
  action: string,
  row: repo.FindingRow,
  partnershipId: string,
  extra: Record<string, unknown> = {},
): Parameters<Audit>[0] {
  return { action, entityType: "walk_finding", entityId: row.id, partnershipId, after: { ...row, ...extra } };
}

async function checkResponsible(tx: Executor, partnershipId: string, partyId: string, unitId: string | null) {
  const parties = await repo.listPartyChoices(tx, partnershipId);
  const party = parties.find((p) => p.id === partyId);
  if (!party) throw fieldError("responsiblePartyId", "party_invalid");
  if (unitId && !party.units.some((u) => u.id === unitId)) throw fieldError("unitId", "unit_invalid");
}

export { findingAudit };
