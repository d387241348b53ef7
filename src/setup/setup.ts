/**
 * A partnership's own setup, by its administratör or samordnare (`partnerships.setup`): parties of
 * any kind with their units, people, areas (classification history, a GeoJSON boundary checked by
 * platform/maps), council goal sets and agreements. Each addition is one audited mutation; a
 * problem with the input is an `invalid_body` naming the field and a reason (`setup.error.*`), so
 * the forms show it beside the field and the API returns it in `details.fields`. The setup file
 * (apply-setup.ts) writes through the same `write*` functions.
 */
import { partnershipsPolicy } from "../partnerships/partnerships.policy.js";
import type { Db, Executor } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { type Boundary, checkBoundary, parseBoundary } from "../platform/maps/geojson.js";
import type { Viewer } from "../platform/viewer.js";
import * as repo from "./setup.repository.js";
import type {
  AgreementInput,
  AreaInput,
  ClassificationInput,
  ContactInput,
  FieldReason,
  GoalSetInput,
  PartyInput,
  PersonInput,
  UnitInput,
} from "./setup.types.js";

export type SetupFieldErrors = Record<string, FieldReason>;

/** Input problems per field, as the one error pages and the API understand. */
export function setupFieldErrors(fields: SetupFieldErrors): AppError {
  const [first] = Object.keys(fields);
  return new AppError("invalid_body", { param: first ?? "", value: "" }, { fields });
}

export interface SetupScope {
  db: Db;
  viewer: Viewer;
  partnershipId: string;
}

/** The partnership of an API address as a service's scope (404 when there is none). */
export async function setupScopeOf(db: Db, viewer: Viewer, slug: string): Promise<SetupScope> {
  const partnership = await repo.findPartnershipBySlug(db, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  return { db, viewer, partnershipId: partnership.id };
}

export function authorizeSetup(viewer: Viewer, partnershipId: string) {
  partnershipsPolicy.authorize(
    viewer,
    "setup",
    { partnershipId },
    { entity: "partnership", value: partnershipId },
  );
}

/** A boundary as the API or a form gives it (a GeoJSON object or text), checked; null when none. */
export function boundaryOf(value: unknown, field = "boundary"): Boundary | null {
  if (value === undefined || value === null || value === "") return null;
  const result = typeof value === "string" ? parseBoundary(value) : checkBoundary(value);
  if (!result.ok) {
    throw new AppError(
      "invalid_body",
      { param: field, value: result.problem.path },
      { fields: { [field]: `geojson_${result.problem.code}` }, path: result.problem.path },
    );
  }
  return result.boundary;
}

// --- the writes (inside a transaction; shared with the setup file) ------------------------------

export async function writeParty(tx: Executor, audit: Audit, partnershipId: string, input: PartyInput) {
  const existing = await repo.listParties(tx, partnershipId);
  const errors: SetupFieldErrors = {};
  if (existing.some((p) => p.name === input.name)) errors.name = "taken";
  if (existing.some((p) => p.shortName === input.shortName)) errors.shortName = "taken";
  if (Object.keys(errors).length > 0) throw setupFieldErrors(errors);
  const row = await repo.insertParty(tx, { partnershipId, ...input });
  audit({ action: "party.created", entityType: "party", entityId: row.id, partnershipId, after: row });
  return row;
}

async function partyOf(tx: Executor, partnershipId: string, partyId: string, field = "partyId") {
  const party = (await repo.listParties(tx, partnershipId)).find((p) => p.id === partyId);
  if (!party) throw setupFieldErrors({ [field]: "party_invalid" });
  return party;
}

export async function writeUnit(tx: Executor, audit: Audit, partnershipId: string, input: UnitInput) {
  await partyOf(tx, partnershipId, input.partyId);
  const siblings = await repo.listUnits(tx, [input.partyId]);
  if (input.parentId && !siblings.some((u) => u.id === input.parentId))
    throw setupFieldErrors({ parentId: "parent_invalid" });
  if (siblings.some((u) => u.name === input.name)) throw setupFieldErrors({ name: "taken" });
  const row = await repo.insertUnit(tx, {
    partyId: input.partyId,
    name: input.name,
    parentId: input.parentId ?? null,
  });
  audit({ action: "unit.created", entityType: "unit", entityId: row.id, partnershipId, after: row });
  return row;
}

export async function writePerson(tx: Executor, audit: Audit, partnershipId: string, input: PersonInput) {
  await partyOf(tx, partnershipId, input.partyId);
  if (input.unitId && !(await repo.listUnits(tx, [input.partyId])).some((u) => u.id === input.unitId))
    throw setupFieldErrors({ unitId: "unit_invalid" });
  const people = await repo.listPeople(tx, partnershipId);
  if (people.some((p) => p.partyId === input.partyId && p.name === input.name))
    throw setupFieldErrors({ name: "taken" });
  const row = await repo.insertPerson(tx, {
    partnershipId,
    partyId: input.partyId,
    unitId: input.unitId ?? null,
    name: input.name,
    title: input.title,
    email: input.email,
    phone: input.phone,
  });
  audit({ action: "person.created", entityType: "person", entityId: row.id, partnershipId, after: row });
  return row;
}

export async function writeArea(
  tx: Executor,
  audit: Audit,
  partnershipId: string,
  input: Omit<AreaInput, "boundary">,
  boundary: Boundary | null,
) {
  const areas = await repo.listAreas(tx, partnershipId);
  const errors: SetupFieldErrors = {};
  if (areas.some((a) => a.name === input.name)) errors.name = "taken";
  if (input.parentId && !areas.some((a) => a.id === input.parentId)) errors.parentId = "parent_invalid";
  if (
    input.ownerPartyId &&
    !(await repo.listParties(tx, partnershipId)).some((p) => p.id === input.ownerPartyId)
  )
    errors.ownerPartyId = "party_invalid";
  if (Object.keys(errors).length > 0) throw setupFieldErrors(errors);
  const row = await repo.insertArea(tx, {
    partnershipId,
    name: input.name,
    kind: input.kind,
    parentId: input.parentId ?? null,
    ownerPartyId: input.ownerPartyId ?? null,
    geojson: boundary,
  });
  for (const c of input.classifications) await writeClassificationRow(tx, row.id, c);
  audit({
    action: "area.created",
    entityType: "area",
    entityId: row.id,
    partnershipId,
    after: { ...row, geojson: boundary ? boundary.type : null, classifications: input.classifications },
  });
  return row;
}

const writeClassificationRow = (tx: Executor, areaId: string, c: ClassificationInput) =>
  repo.insertClassification(tx, {
    areaId,
    classification: c.classification,
    validFrom: c.validFrom,
    validTo: c.validTo ?? null,
  });

export async function writeGoalSet(tx: Executor, audit: Audit, partnershipId: string, input: GoalSetInput) {
  const sets = await repo.listGoalSets(tx, partnershipId);
  if (sets.some((s) => s.name.sv === input.name)) throw setupFieldErrors({ name: "taken" });
  const row = await repo.insertGoalSet(tx, {
    partnershipId,
    body: input.body,
    name: { sv: input.name },
    fromYear: input.fromYear,
    toYear: input.toYear,
  });
  await repo.replaceGoals(tx, row.id, input.goals);
  audit({
    action: "goal_set.created",
    entityType: "council_goal_set",
    entityId: row.id,
    partnershipId,
    after: { ...row, goals: input.goals },
  });
  return row;
}

export async function writeAgreement(
  tx: Executor,
  audit: Audit,
  partnershipId: string,
  input: AgreementInput,
) {
  const parties = await repo.listParties(tx, partnershipId);
  if (!input.partyIds.every((id) => parties.some((p) => p.id === id)))
    throw setupFieldErrors({ partyIds: "party_invalid" });
  const row = await repo.insertAgreement(tx, {
    partnershipId,
    title: { sv: input.title },
    validFrom: input.validFrom,
    validTo: input.validTo,
    signedOn: input.signedOn ?? null,
  });
  await repo.replaceAgreementParts(tx, row.id, [...new Set(input.partyIds)], input.focusProblems);
  audit({
    action: "agreement.created",
    entityType: "agreement",
    entityId: row.id,
    partnershipId,
    after: { ...row, partyIds: input.partyIds, focusProblems: input.focusProblems },
  });
  return row;
}

// --- the services (authorize, then one mutation) ----------------------------------------------

function run<T>(scope: SetupScope, work: (tx: Executor, audit: Audit) => Promise<T>): Promise<T> {
  authorizeSetup(scope.viewer, scope.partnershipId);
  return mutate(scope.db, actorOf(scope.viewer), work);
}

export const addParty = (scope: SetupScope, input: PartyInput) =>
  run(scope, (tx, audit) => writeParty(tx, audit, scope.partnershipId, input));

export const addUnit = (scope: SetupScope, input: UnitInput) =>
  run(scope, (tx, audit) => writeUnit(tx, audit, scope.partnershipId, input));

export const addPerson = (scope: SetupScope, input: PersonInput) =>
  run(scope, (tx, audit) => writePerson(tx, audit, scope.partnershipId, input));

export function addArea(scope: SetupScope, input: AreaInput) {
  authorizeSetup(scope.viewer, scope.partnershipId);
  const boundary = boundaryOf(input.boundary);
  return run(scope, (tx, audit) => writeArea(tx, audit, scope.partnershipId, input, boundary));
}

async function areaIn(tx: Executor, partnershipId: string, areaId: string) {
  const area = await repo.findArea(tx, partnershipId, areaId);
  if (!area) throw new AppError("not_found", { entity: "area", value: areaId });
  return area;
}

/** Sets (or with no boundary given, removes) an area's boundary. */
export function setAreaBoundary(scope: SetupScope, areaId: string, value: unknown) {
  authorizeSetup(scope.viewer, scope.partnershipId);
  const boundary = boundaryOf(value);
  return run(scope, async (tx, audit) => {
    const before = await areaIn(tx, scope.partnershipId, areaId);
    const row = await repo.updateArea(tx, areaId, { geojson: boundary });
    audit({
      action: boundary ? "area.boundary_set" : "area.boundary_removed",
      entityType: "area",
      entityId: areaId,
      partnershipId: scope.partnershipId,
      before: { geojson: before.geojson ? (before.geojson as Boundary).type : null },
      after: { geojson: boundary?.type ?? null },
    });
    return row;
  });
}

export const addClassification = (scope: SetupScope, areaId: string, input: ClassificationInput) =>
  run(scope, async (tx, audit) => {
    await areaIn(tx, scope.partnershipId, areaId);
    const row = await writeClassificationRow(tx, areaId, input);
    audit({
      action: "area.classified",
      entityType: "area",
      entityId: areaId,
      partnershipId: scope.partnershipId,
      after: row,
    });
    return row;
  });

/** Sets the partnership's contact address for residents (version checked: a stale form is a 409). */
export const setContact = (scope: SetupScope, input: ContactInput) =>
  run(scope, async (tx, audit) => {
    const before = await repo.findPartnershipById(tx, scope.partnershipId);
    if (!before) throw new AppError("not_found", { entity: "partnership", value: scope.partnershipId });
    const row = await repo.updatePartnershipContact(tx, scope.partnershipId, input.version, {
      contactEmail: input.email,
      contactPhone: input.phone,
    });
    if (!row) throw new AppError("conflict", { entity: "partnership", value: before.slug });
    audit({
      action: "partnership.contact_changed",
      entityType: "partnership",
      entityId: row.id,
      partnershipId: row.id,
      before: { email: before.contactEmail, phone: before.contactPhone },
      after: { email: row.contactEmail, phone: row.contactPhone },
    });
    return { email: row.contactEmail, phone: row.contactPhone, version: row.version };
  });

export const addGoalSet = (scope: SetupScope, input: GoalSetInput) =>
  run(scope, (tx, audit) => writeGoalSet(tx, audit, scope.partnershipId, input));

export const addAgreement = (scope: SetupScope, input: AgreementInput) =>
  run(scope, (tx, audit) => writeAgreement(tx, audit, scope.partnershipId, input));

// --- reading the setup -------------------------------------------------------------------------

/** Everything the setup page and `GET …/setup` show. */
export async function getSetup(options: { db: Executor; viewer: Viewer; partnershipId: string }) {
  authorizeSetup(options.viewer, options.partnershipId);
  return readSetup(options.db, options.partnershipId);
}

export async function readSetup(db: Executor, partnershipId: string) {
  const [partnership, parties, people, areas, goalSets, agreements] = await Promise.all([
    repo.findPartnershipById(db, partnershipId),
    repo.listParties(db, partnershipId),
    repo.listPeople(db, partnershipId),
    repo.listAreas(db, partnershipId),
    repo.listGoalSets(db, partnershipId),
    repo.listAgreements(db, partnershipId),
  ]);
  const [units, classifications, goals, agreementParties, focus] = await Promise.all([
    repo.listUnits(
      db,
      parties.map((p) => p.id),
    ),
    repo.listClassifications(
      db,
      areas.map((a) => a.id),
    ),
    repo.listGoals(
      db,
      goalSets.map((s) => s.id),
    ),
    repo.listAgreementParties(
      db,
      agreements.map((a) => a.id),
    ),
    repo.listFocusProblems(
      db,
      agreements.map((a) => a.id),
    ),
  ]);
  return {
    contact: {
      email: partnership?.contactEmail ?? null,
      phone: partnership?.contactPhone ?? null,
      version: partnership?.version ?? 1,
    },
    parties: parties.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      shortName: p.shortName,
      units: units
        .filter((u) => u.partyId === p.id)
        .map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
    })),
    people: people.map((p) => ({
      id: p.id,
      partyId: p.partyId,
      unitId: p.unitId,
      name: p.name,
      title: p.title,
      email: p.email,
      phone: p.phone,
    })),
    areas: areas.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      parentId: a.parentId,
      ownerPartyId: a.ownerPartyId,
      boundary: (a.geojson ?? null) as Boundary | null,
      classifications: classifications
        .filter((c) => c.areaId === a.id)
        .map((c) => ({ classification: c.classification, validFrom: c.validFrom, validTo: c.validTo })),
    })),
    goalSets: goalSets.map((s) => ({
      id: s.id,
      body: s.body,
      name: s.name.sv,
      fromYear: s.fromYear,
      toYear: s.toYear,
      goals: goals.filter((g) => g.setId === s.id).map((g) => ({ number: g.number, text: g.text.sv })),
    })),
    agreements: agreements.map((a) => ({
      id: a.id,
      title: a.title.sv,
      validFrom: a.validFrom,
      validTo: a.validTo,
      signedOn: a.signedOn,
      partyIds: agreementParties.filter((x) => x.agreementId === a.id).map((x) => x.partyId),
      focusProblems: focus.filter((f) => f.agreementId === a.id).map((f) => f.text.sv),
    })),
  };
}

export type SetupOverview = Awaited<ReturnType<typeof readSetup>>;
