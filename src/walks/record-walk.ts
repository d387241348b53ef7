/**
 * Recording a walk and its findings, and correcting a finding (`walks.manage`): one audited
 * mutation each. A finding's
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
import { addMonths, loadFinding, loadWalk, type WalkScope } from "./walks.js";
import { walksPolicy } from "./walks.policy.js";
import * as repo from "./walks.repository.js";
import {
  DEFAULT_TARGET_MONTHS,
  type FindingInput,
  type FindingUpdate,
  type WalkInput,
} from "./walks.types.js";

const fieldError = (field: string, reason: string) =>
  new AppError("invalid_body", { param: field, value: "" }, { fields: { [field]: reason } });

export const authorizeManage = (scope: WalkScope) =>
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
  checkPlace(input);
  const cleaned = photo && photo.length > 0 ? cleanPhoto(photo) : null;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const walk = await loadWalk(tx, scope.partnershipId, walkId);
    await checkResponsible(tx, scope.partnershipId, input.responsiblePartyId, input.unitId ?? null);
    const row = await repo.insertFinding(tx, {
      walkId,
      partnershipId: scope.partnershipId,
      number: await repo.nextFindingNumber(tx, walkId),
      ...findingValues(input, walk.walkedOn),
    });
    if (cleaned)
      await repo.insertPhoto(tx, row.id, cleaned.type, Buffer.from(cleaned.bytes).toString("base64"));
    audit(findingAudit("walk_finding.created", row, scope.partnershipId, { photo: cleaned !== null }));
    return { id: row.id, number: row.number, warnings: personalDataKinds(input.description) };
  });
}

/** A place is a whole position (latitude and longitude), an address, or both. */
function checkPlace(input: FindingInput) {
  if ((input.latitude == null) !== (input.longitude == null))
    throw fieldError(input.latitude == null ? "latitude" : "longitude", "position_half");
  if (input.latitude == null && !input.address) throw fieldError("latitude", "place_missing");
}

/** The stored columns of a finding's editable fields (the target date defaults to six months on). */
function findingValues(input: FindingInput, walkedOn: string) {
  const hasPosition = input.latitude != null && input.longitude != null;
  return {
    category: input.category,
    description: input.description,
    descriptionPublic: input.descriptionPublic,
    latitude: hasPosition ? (input.latitude as number) : null,
    longitude: hasPosition ? (input.longitude as number) : null,
    address: input.address || null,
    responsiblePartyId: input.responsiblePartyId,
    unitId: input.unitId ?? null,
    targetDate: input.targetDate ?? addMonths(walkedOn, DEFAULT_TARGET_MONTHS),
  };
}

export interface EditedFinding extends AddedFinding {
  version: number;
}

/**
 * Corrects a finding (`walks.manage`, like recording it): its category, description, place,
 * responsible party and unit, target date, and photo (a new one replaces it, `removePhoto`
 * deletes it, neither keeps it). Its status is not touched (that is the owners' form). The
 * version must be the one read: otherwise 409 `conflict` and the newer finding is kept. Audited
 * with the fields before and after (whether there was a photo, never its bytes).
 */
export async function editFinding(
  scope: WalkScope,
  walkId: string,
  findingId: string,
  input: FindingUpdate,
  photo?: Uint8Array,
): Promise<EditedFinding> {
  const before = await loadFinding(scope, walkId, findingId);
  authorizeManage(scope);
  checkPlace(input);
  const cleaned = photo && photo.length > 0 ? cleanPhoto(photo) : null;
  return mutate(scope.db, actorOf(scope.viewer), async (tx, audit) => {
    const walk = await loadWalk(tx, scope.partnershipId, walkId);
    await checkResponsible(tx, scope.partnershipId, input.responsiblePartyId, input.unitId ?? null);
    const row = await repo.updateFinding(tx, findingId, input.version, findingValues(input, walk.walkedOn));
    if (!row) throw new AppError("conflict", { entity: "walk_finding", value: findingId });
    let hasPhoto = before.hasPhoto;
    if (cleaned || input.removePhoto) {
      await repo.deletePhoto(tx, findingId);
      hasPhoto = false;
    }
    if (cleaned) {
      await repo.insertPhoto(tx, findingId, cleaned.type, Buffer.from(cleaned.bytes).toString("base64"));
      hasPhoto = true;
    }
    audit({
      ...findingAudit("walk_finding.edited", row, scope.partnershipId, { photo: hasPhoto }),
      before: {
        category: before.category,
        description: before.description,
        descriptionPublic: before.descriptionPublic,
        latitude: before.latitude,
        longitude: before.longitude,
        address: before.address,
        responsiblePartyId: before.responsiblePartyId,
        unitId: before.unitId,
        targetDate: before.targetDate,
        version: before.version,
        photo: before.hasPhoto,
      },
    });
    return {
      id: row.id,
      number: row.number,
      version: row.version,
      warnings: personalDataKinds(input.description),
    };
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
