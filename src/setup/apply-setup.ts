/**
 * Applies a setup file in ONE transaction, idempotently: every part is found by its natural key
 * (the partnership's slug, a party's short name, a unit's name in its party, a person's name in
 * their party, an area's, goal set's or agreement's name, an account's e-mail) and written only
 * when it differs, so a second run changes nothing. All problems of the file are listed with their
 * path before anything is written; `check` runs the whole application and rolls it back.
 *
 * Accounts listed in the file that do not exist yet are created without a password, each with
 * its invitation mail (a one-time link to choose one) in the outbox, in the same transaction; an
 * account that already exists gets no mail, so a second run sends nothing.
 */
import type { MailDeps } from "../accounts/account-links.js";
import { findAccountByEmail, insertGrant, listGrantsOfAccounts } from "../accounts/accounts.repository.js";
import { insertInvitedAccount } from "../accounts/administer-accounts.js";
import { partnershipsPolicy } from "../partnerships/partnerships.policy.js";
import type { Db, Tx } from "../platform/db/client.js";
import { type Audit, actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { type Boundary, checkBoundary } from "../platform/maps/geojson.js";
import { isPartyBound, type Role, type Viewer } from "../platform/viewer.js";
import { findReportDefaults, saveReportDefaults } from "../reports/reports.repository.js";
import { authorizeSetup } from "./setup.js";
import * as repo from "./setup.repository.js";
import type { SetupFile, SetupProblem } from "./setup-file.js";
import { checkSetupFile, setupInvalid } from "./setup-file.js";

export interface SetupResult {
  partnershipId: string;
  slug: string;
  /** What was (or with `check`, would be) created or changed, one line each; empty: nothing. */
  changes: string[];
  applied: boolean;
}

class RollBack extends Error {}

/** Stable JSON (keys sorted) for comparing stored jsonb with the file. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Problems that need no database: duplicates, references inside the file, boundaries, ranges. */
function problemsOf(file: SetupFile): { problems: SetupProblem[]; boundaries: (Boundary | null)[] } {
  const problems: SetupProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const partyNames = new Set<string>();
  const shortNames = new Set<string>();
  file.parties.forEach((p, i) => {
    if (shortNames.has(p.shortName)) add(`parties[${i}].shortName`, "finns redan tidigare i filen");
    if (partyNames.has(p.name)) add(`parties[${i}].name`, "finns redan tidigare i filen");
    shortNames.add(p.shortName);
    partyNames.add(p.name);
    const unitNames = new Set(p.units.map((u) => u.name));
    p.units.forEach((u, j) => {
      if (u.parent && !unitNames.has(u.parent))
        add(`parties[${i}].units[${j}].parent`, `ingen enhet heter ${u.parent} hos parten`);
    });
    if (unitNames.size !== p.units.length) add(`parties[${i}].units`, "två enheter har samma namn");
  });
  const party = (path: string, name: string | undefined) => {
    if (name !== undefined && !shortNames.has(name)) add(path, `ingen part i filen har kortnamnet ${name}`);
  };
  const personKeys = new Set<string>();
  file.people.forEach((p, i) => {
    party(`people[${i}].party`, p.party);
    const units = file.parties.find((x) => x.shortName === p.party)?.units ?? [];
    if (p.unit && shortNames.has(p.party) && !units.some((u) => u.name === p.unit))
      add(`people[${i}].unit`, `parten ${p.party} har ingen enhet ${p.unit}`);
    const key = `${p.party}\u0000${p.name}`;
    if (personKeys.has(key)) add(`people[${i}].name`, "finns redan tidigare i filen hos samma part");
    personKeys.add(key);
  });
  const areaNames = new Set(file.areas.map((a) => a.name));
  if (areaNames.size !== file.areas.length) add("areas", "två områden har samma namn");
  const boundaries = file.areas.map((a, i) => {
    if (a.parent && !areaNames.has(a.parent))
      add(`areas[${i}].parent`, `inget område i filen heter ${a.parent}`);
    if (a.parent === a.name) add(`areas[${i}].parent`, "ett område kan inte ligga i sig självt");
    party(`areas[${i}].owner`, a.owner);
    a.classifications.forEach((c, j) => {
      if (c.to && c.to < c.from) add(`areas[${i}].classifications[${j}].to`, "ligger före from");
    });
    if (!a.boundary) return null;
    const result = checkBoundary(a.boundary);
    if (result.ok) return result.boundary;
    add(
      `areas[${i}].boundary${result.problem.path ? `.${result.problem.path}` : ""}`,
      GEOJSON_WORDS[result.problem.code] ?? "är ogiltig",
    );
    return null;
  });
  file.goalSets.forEach((g, i) => {
    if (g.toYear < g.fromYear) add(`goalSets[${i}].toYear`, "ligger före fromYear");
  });
  if (new Set(file.goalSets.map((g) => g.name)).size !== file.goalSets.length)
    add("goalSets", "två målsättningar har samma namn");
  file.agreements.forEach((a, i) => {
    if (a.validTo < a.validFrom) add(`agreements[${i}].validTo`, "ligger före validFrom");
    a.parties.forEach((p, j) => party(`agreements[${i}].parties[${j}]`, p));
  });
  if (new Set(file.agreements.map((a) => a.title)).size !== file.agreements.length)
    add("agreements", "två överenskommelser har samma titel");
  const emails = new Set<string>();
  file.accounts.forEach((a, i) => {
    const email = a.email.trim().toLowerCase();
    if (emails.has(email)) add(`accounts[${i}].email`, "finns redan tidigare i filen");
    emails.add(email);
    if (isPartyBound(a.role) && !a.party)
      add(`accounts[${i}].party`, "saknas (en rapportör rapporterar för en part)");
    if (!isPartyBound(a.role) && a.party)
      add(`accounts[${i}].party`, "anges bara för en rapportör eller händelserapportör");
    party(`accounts[${i}].party`, a.party);
    if (a.person && !file.people.some((p) => p.name === a.person))
      add(`accounts[${i}].person`, `ingen person i filen heter ${a.person}`);
  });
  return { problems, boundaries };
}

const GEOJSON_WORDS: Record<string, string> = {
  too_large: "är för stor",
  not_json: "är inte GeoJSON",
  type: "ska vara en Polygon eller MultiPolygon (geometri, Feature eller FeatureCollection)",
  empty: "är tom",
  coordinate_invalid: "ska vara en koordinat [longitud, latitud]",
  longitude_range: "har en longitud utanför −180…180",
  latitude_range: "har en latitud utanför −90…90 (är longitud och latitud omkastade?)",
  ring_short: "är en ring med färre än fyra punkter",
  ring_open: "är en ring som inte är sluten (sista punkten ska vara samma som första)",
  too_many_vertices: "har för många punkter",
};

/**
 * Applies (or with `check`, only validates) a setup file. With `slug`, the file must describe that
 * partnership and the partnership must exist (the API); without, a partnership the file names
 * that does not exist is created, which only the command line may (`partnerships.create`).
 */
export async function applySetup(options: {
  db: Db;
  viewer: Viewer;
  /** For the invitation mails of the accounts the file creates. */
  mail: MailDeps;
  /** The file as read (JSON or YAML): checked here, after the caller is authorized when `slug` is given. */
  file: unknown;
  check?: boolean;
  slug?: string;
}): Promise<SetupResult> {
  const { db, viewer } = options;
  let file: SetupFile;
  let existing: Awaited<ReturnType<typeof repo.findPartnershipBySlug>>;
  if (options.slug !== undefined) {
    existing = await repo.findPartnershipBySlug(db, options.slug);
    if (!existing) throw new AppError("not_found", { entity: "partnership", value: options.slug });
    authorizeSetup(viewer, existing.id);
    file = checkSetupFile(options.file);
    if (file.partnership.slug !== options.slug)
      throw setupInvalid([
        { path: "partnership.slug", message: `ska vara ${options.slug} (samverkan i adressen)` },
      ]);
  } else {
    file = checkSetupFile(options.file);
    existing = await repo.findPartnershipBySlug(db, file.partnership.slug);
    if (existing) authorizeSetup(viewer, existing.id);
    else partnershipsPolicy.authorize(viewer, "create", undefined);
  }

  const { problems, boundaries } = problemsOf(file);
  if (problems.length > 0) throw setupInvalid(problems);

  let result: SetupResult | null = null;
  try {
    await mutate(db, actorOf(viewer), async (tx, audit) => {
      const changes: string[] = [];
      const partnership = await writeAll(tx, audit, options.mail, file, boundaries, changes);
      result = { partnershipId: partnership.id, slug: partnership.slug, changes, applied: !options.check };
      if (options.check || changes.length === 0) throw new RollBack();
      audit({
        action: "partnership.setup_applied",
        entityType: "partnership",
        entityId: partnership.id,
        partnershipId: partnership.id,
        after: { changes },
      });
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  if (!result) throw new Error("applySetup: no result");
  return result;
}

async function writeAll(
  tx: Tx,
  audit: Audit,
  mail: MailDeps,
  file: SetupFile,
  boundaries: (Boundary | null)[],
  changes: string[],
) {
  const p = file.partnership;
  let partnership = await repo.findPartnershipBySlug(tx, p.slug);
  if (!partnership) {
    partnership = await repo.insertPartnership(tx, {
      slug: p.slug,
      name: p.name,
      municipalityName: p.municipalityName,
      county: p.county ?? null,
      contactEmail: p.contactEmail?.toLowerCase() ?? null,
      contactPhone: p.contactPhone ?? null,
      periodScheme: p.periodScheme,
    });
    changes.push(`samverkan ${p.slug} skapad`);
  } else if (
    partnership.name !== p.name ||
    partnership.municipalityName !== p.municipalityName ||
    partnership.county !== (p.county ?? null) ||
    partnership.contactEmail !== (p.contactEmail?.toLowerCase() ?? null) ||
    partnership.contactPhone !== (p.contactPhone ?? null) ||
    partnership.periodScheme !== p.periodScheme
  ) {
    partnership = await repo.updatePartnership(tx, partnership.id, {
      name: p.name,
      municipalityName: p.municipalityName,
      county: p.county ?? null,
      contactEmail: p.contactEmail?.toLowerCase() ?? null,
      contactPhone: p.contactPhone ?? null,
      periodScheme: p.periodScheme,
      version: partnership.version + 1,
    });
    changes.push(`samverkan ${p.slug} ändrad`);
  }
  const pid = partnership.id;

  // Parties and their units.
  const partyIds = new Map<string, string>();
  const stored = await repo.listParties(tx, pid);
  for (const [i, party] of file.parties.entries()) {
    const found = stored.find((s) => s.shortName === party.shortName);
    const clash = stored.find((s) => s.name === party.name && s.shortName !== party.shortName);
    if (clash)
      throw setupInvalid([
        { path: `parties[${i}].name`, message: `används redan av parten ${clash.shortName ?? clash.name}` },
      ]);
    if (!found) {
      const row = await repo.insertParty(tx, {
        partnershipId: pid,
        kind: party.kind,
        name: party.name,
        shortName: party.shortName,
      });
      partyIds.set(party.shortName, row.id);
      changes.push(`part ${party.shortName} skapad`);
    } else {
      partyIds.set(party.shortName, found.id);
      if (found.kind !== party.kind || found.name !== party.name) {
        await repo.updateParty(tx, found.id, { kind: party.kind, name: party.name });
        changes.push(`part ${party.shortName} ändrad`);
      }
    }
  }
  const unitIds = new Map<string, string>();
  const unitKey = (party: string, unit: string) => `${party}\u0000${unit}`;
  for (const party of file.parties) {
    const partyId = partyIds.get(party.shortName) as string;
    const storedUnits = await repo.listUnits(tx, [partyId]);
    for (const unit of party.units) {
      let row = storedUnits.find((u) => u.name === unit.name);
      if (!row) {
        row = await repo.insertUnit(tx, { partyId, name: unit.name });
        storedUnits.push(row);
        changes.push(`enhet ${party.shortName}/${unit.name} skapad`);
      }
      unitIds.set(unitKey(party.shortName, unit.name), row.id);
    }
    for (const unit of party.units) {
      const id = unitIds.get(unitKey(party.shortName, unit.name)) as string;
      const parentId = unit.parent ? (unitIds.get(unitKey(party.shortName, unit.parent)) ?? null) : null;
      const row = storedUnits.find((u) => u.id === id);
      if (row && row.parentId !== parentId) {
        await repo.updateUnit(tx, id, { parentId });
        if (!changes.includes(`enhet ${party.shortName}/${unit.name} skapad`))
          changes.push(`enhet ${party.shortName}/${unit.name} ändrad`);
      }
    }
  }

  // People.
  const personIds = new Map<string, string>();
  const storedPeople = await repo.listPeople(tx, pid);
  for (const person of file.people) {
    const partyId = partyIds.get(person.party) as string;
    const values = {
      unitId: person.unit ? (unitIds.get(unitKey(person.party, person.unit)) ?? null) : null,
      title: person.title ?? null,
      email: person.email?.toLowerCase() ?? null,
      phone: person.phone ?? null,
    };
    const found = storedPeople.find((s) => s.partyId === partyId && s.name === person.name);
    if (!found) {
      const row = await repo.insertPerson(tx, { partnershipId: pid, partyId, name: person.name, ...values });
      personIds.set(person.name, row.id);
      changes.push(`person ${person.name} skapad`);
    } else {
      personIds.set(person.name, found.id);
      if (
        !same({ unitId: found.unitId, title: found.title, email: found.email, phone: found.phone }, values)
      ) {
        await repo.updatePerson(tx, found.id, values);
        changes.push(`person ${person.name} ändrad`);
      }
    }
  }

  // Areas: rows first, then parents (an area may name a parent later in the file).
  const storedAreas = await repo.listAreas(tx, pid);
  const areaIds = new Map<string, string>();
  for (const [i, area] of file.areas.entries()) {
    const values = {
      kind: area.kind,
      ownerPartyId: area.owner ? (partyIds.get(area.owner) ?? null) : null,
      geojson: boundaries[i] ?? null,
    };
    const found = storedAreas.find((s) => s.name === area.name);
    if (!found) {
      const row = await repo.insertArea(tx, { partnershipId: pid, name: area.name, ...values });
      storedAreas.push(row);
      areaIds.set(area.name, row.id);
      changes.push(`område ${area.name} skapat`);
    } else {
      areaIds.set(area.name, found.id);
      if (
        !same({ kind: found.kind, ownerPartyId: found.ownerPartyId, geojson: found.geojson ?? null }, values)
      ) {
        await repo.updateArea(tx, found.id, values);
        changes.push(`område ${area.name} ändrat`);
      }
    }
  }
  for (const area of file.areas) {
    const id = areaIds.get(area.name) as string;
    const parentId = area.parent ? (areaIds.get(area.parent) ?? null) : null;
    const row = storedAreas.find((a) => a.id === id);
    if (row && row.parentId !== parentId) {
      await repo.updateArea(tx, id, { parentId });
      changes.push(`område ${area.name}: överordnat område satt`);
    }
    const wanted = area.classifications.map((c) => ({
      classification: c.classification,
      validFrom: c.from,
      validTo: c.to ?? null,
    }));
    const had = (await repo.listClassifications(tx, [id])).map((c) => ({
      classification: c.classification,
      validFrom: c.validFrom,
      validTo: c.validTo,
    }));
    const sort = (l: { classification: string; validFrom: string; validTo: string | null }[]) =>
      [...l].sort((a, b) => canonical(a).localeCompare(canonical(b)));
    if (!same(sort(had), sort(wanted))) {
      await repo.deleteClassifications(tx, id);
      for (const c of wanted) await repo.insertClassification(tx, { areaId: id, ...c });
      changes.push(`område ${area.name}: klassning`);
    }
  }

  // Council goal sets.
  const storedSets = await repo.listGoalSets(tx, pid);
  for (const set of file.goalSets) {
    let found = storedSets.find((s) => s.name.sv === set.name);
    const values = { body: set.body, fromYear: set.fromYear, toYear: set.toYear };
    if (!found) {
      found = await repo.insertGoalSet(tx, { partnershipId: pid, name: { sv: set.name }, ...values });
      changes.push(`målsättning ${set.name} skapad`);
    } else if (!same({ body: found.body, fromYear: found.fromYear, toYear: found.toYear }, values)) {
      await repo.updateGoalSet(tx, found.id, values);
      changes.push(`målsättning ${set.name} ändrad`);
    }
    const goals = (await repo.listGoals(tx, [found.id])).map((g) => g.text.sv);
    if (!same(goals, set.goals)) {
      await repo.replaceGoals(tx, found.id, set.goals);
      changes.push(`målsättning ${set.name}: mål`);
    }
  }

  // Agreements.
  const storedAgreements = await repo.listAgreements(tx, pid);
  for (const agreement of file.agreements) {
    let found = storedAgreements.find((a) => a.title.sv === agreement.title);
    const values = {
      validFrom: agreement.validFrom,
      validTo: agreement.validTo,
      signedOn: agreement.signedOn ?? null,
    };
    if (!found) {
      found = await repo.insertAgreement(tx, {
        partnershipId: pid,
        title: { sv: agreement.title },
        ...values,
      });
      changes.push(`överenskommelse ${agreement.title} skapad`);
    } else if (
      !same({ validFrom: found.validFrom, validTo: found.validTo, signedOn: found.signedOn }, values)
    ) {
      await repo.updateAgreement(tx, found.id, values);
      changes.push(`överenskommelse ${agreement.title} ändrad`);
    }
    const wantedParties = [...new Set(agreement.parties.map((s) => partyIds.get(s) as string))].sort();
    const hadParties = (await repo.listAgreementParties(tx, [found.id])).map((x) => x.partyId).sort();
    const hadFocus = (await repo.listFocusProblems(tx, [found.id])).map((f) => f.text.sv);
    if (!same(hadParties, wantedParties) || !same(hadFocus, agreement.focusProblems)) {
      await repo.replaceAgreementParts(tx, found.id, wantedParties, agreement.focusProblems);
      changes.push(`överenskommelse ${agreement.title}: parter och fokusproblem`);
    }
  }

  // Defaults for documents (the report-back's heading defaults, reports module).
  if (file.documentDefaults) {
    const d = file.documentDefaults;
    const values = {
      addressee: d.addressee,
      issuingUnit: d.office,
      issuingSubunit: d.subunit ?? null,
      officerName: d.officer?.name ?? null,
      officerTitle: d.officer?.title ?? null,
      officerPhone: d.officer?.phone ?? null,
      officerEmail: d.officer?.email ?? null,
      consultations: d.consultations,
      signatories: d.signatories.map((s) => ({ name: s.name, title: s.title ?? null })),
      distribution: d.distribution,
    };
    const before = await findReportDefaults(tx, pid);
    const had = before
      ? Object.fromEntries(Object.keys(values).map((k) => [k, before[k as keyof typeof before]]))
      : null;
    if (!same(had, values)) {
      await saveReportDefaults(tx, pid, before?.version ?? 0, values);
      changes.push("standardvärden för dokument");
    }
  }

  // Accounts: a new one is invited (its mail in the outbox); a missing role here is added.
  for (const account of file.accounts) {
    const email = account.email.trim().toLowerCase();
    let row: { id: string } | null = await findAccountByEmail(tx, email);
    if (!row) {
      row = await insertInvitedAccount(tx, audit, mail, {
        email,
        name: account.name,
        personId: account.person ? (personIds.get(account.person) ?? null) : null,
        partnershipId: pid,
        partnershipName: partnership.name,
      });
      changes.push(`konto ${email} skapat och inbjudet`);
    }
    const partyId = account.party ? (partyIds.get(account.party) ?? null) : null;
    const grants = await listGrantsOfAccounts(tx, [row.id]);
    if (!grants.some((g) => g.partnershipId === pid && g.role === account.role && g.partyId === partyId)) {
      await insertGrant(
        tx,
        { accountId: row.id, partnershipId: pid, role: account.role as Role, partyId },
        [],
      );
      changes.push(`konto ${email}: roll ${account.role}`);
    }
  }
  return partnership;
}
