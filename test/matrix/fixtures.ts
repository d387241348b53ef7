/**
 * The targets of the matrix and the resets that put each in the state an action needs. Every
 * `prepare` of the catalog calls one of these before each case, so a case never depends on what an
 * earlier (allowed) case changed.
 */
import { sql } from "drizzle-orm";
import { hashPassword } from "../../src/accounts/password.js";
import { ROUND_2026_FOLLOW_UP, ROUND_2026_POINT, ROUND_2026_PROMISE } from "../../src/demo/round-2026-ids.js";
import { AREA, DEMO_PARTNERSHIP_ID, PARTY, UNIT } from "../../src/demo/skaggetorp-2017-ids.js";
import { createPartnership } from "../../src/partnerships/create-partnership.js";
import type { Db, Executor } from "../../src/platform/db/client.js";
import { queryRows } from "../../src/platform/db/rows.js";
import { SYSTEM_VIEWER } from "../../src/platform/viewer.js";
import { exportPromiseSpreadsheet } from "../../src/promises/spreadsheet-export.js";
import { principal } from "../principals.js";
import { MATRIX_PASSWORD, partiesOf } from "./actors.js";
import type { PointTarget, World } from "./types.js";

export const DEMO_SLUG = "linkoping";

/** A draft promise of the demo partnership whose points the editor may still change. */
export const DRAFT = {
  promise: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e01",
  ref: "matris-utkast",
  point: {
    municipality: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e02",
    police: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e03",
    municipalityOtherUnit: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e04",
  },
} as const;

/** The live round's target points (2026: 2 municipality/culture, 3 municipality/planning, 4 police). */
export const ROUND_POINT: Record<PointTarget, string> = {
  municipality: ROUND_2026_POINT[2],
  municipalityOtherUnit: ROUND_2026_POINT[3],
  police: ROUND_2026_POINT[4],
};
/** The number of each target point in the 2026 promise. */
export const ROUND_POINT_NUMBER: Record<PointTarget, number> = {
  municipality: 2,
  municipalityOtherUnit: 3,
  police: 4,
};

/** The unit responsible for each target point. */
export const UNIT_OF: Record<PointTarget, string> = {
  municipality: UNIT.cultureAndLeisure,
  municipalityOtherUnit: UNIT.environmentAndPlanning,
  police: UNIT.communityPolice,
};
/** The submitted follow-up the review actions act on (2026-T3, point 1). */
export const SUBMITTED_FOLLOW_UP = ROUND_2026_FOLLOW_UP.t3Submitted;

/** An account of the demo partnership that the administration actions act on. */
export const MANAGED = {
  account: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e10",
  email: "matris.forvaltad@example.se",
  /** Its reader role (kept). */
  grant: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e11",
  /** Its communicator role (the one revoked). */
  revocableGrant: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e12",
} as const;

/** A mail in the demo partnership's outbox. */
export const OUTBOX_MAIL = "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e20";

/**
 * The matrix accounts' password hash uses cheap scrypt parameters (a stored hash carries its
 * parameters), so that two dozen sign-ins and own-password checks do not dominate the run.
 */
const CHEAP_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/**
 * An account that works in the demo partnership and in the second one: the demo partnership's
 * administrator may change its roles there, but not its password or status (it would take over
 * an account of a partnership they do not administer).
 */
export const SHARED = {
  account: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e30",
  email: "matris.delad@example.se",
  grant: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e31",
  otherGrant: "7d0c1f0e-3f7a-4d7e-9a52-5c1b2f7a9e32",
} as const;

const SECOND = { slug: "matris-annan", name: "Matris annan samverkan", municipality: "Matris kommun" };

/** Creates what the matrix acts on besides the demo: a second partnership, a draft, an account. */
export async function createWorld(db: Db): Promise<World> {
  const created = await createPartnership({
    db,
    viewer: SYSTEM_VIEWER,
    input: {
      slug: SECOND.slug,
      name: SECOND.name,
      municipalityName: SECOND.municipality,
      policeName: "Matris polisområde",
    },
  });
  const other = { id: created.id, slug: created.slug, ...(await partiesOf(db, created.id)) };
  await resetDraftPromise(db);
  await resetManagedAccount(db);
  await db.execute(sql`INSERT INTO accounts (id, email, name, password_hash, must_change_password)
    VALUES (${SHARED.account}, ${SHARED.email}, 'Matris Delad', 'test:not-a-real-hash', false)`);
  await db.execute(sql`INSERT INTO role_grants (id, account_id, partnership_id, role) VALUES
    (${SHARED.grant}, ${SHARED.account}, ${DEMO_PARTNERSHIP_ID}, 'reader'),
    (${SHARED.otherGrant}, ${SHARED.account}, ${other.id}, 'reader')`);
  await db.execute(sql`INSERT INTO outbox (id, partnership_id, to_address, subject, body_text, kind)
    VALUES (${OUTBOX_MAIL}, ${DEMO_PARTNERSHIP_ID}, 'lasare@example.se', 'Påminnelse', 'Hej!', 'reminder.before_deadline')`);
  return {
    other,
    password: MATRIX_PASSWORD,
    passwordHash: await hashPassword(MATRIX_PASSWORD, CHEAP_SCRYPT),
    importCsv: await importFiles(db),
    importPointCsv: await importPointFiles(db),
  };
}

/** The draft promise with one municipality point and one police point, as new (version 1). */
export async function resetDraftPromise(ex: Executor): Promise<void> {
  await ex.execute(
    sql`DELETE FROM commitment_parties WHERE commitment_id IN (SELECT id FROM commitments WHERE promise_id = ${DRAFT.promise})`,
  );
  await ex.execute(
    sql`DELETE FROM commitment_units WHERE commitment_id IN (SELECT id FROM commitments WHERE promise_id = ${DRAFT.promise})`,
  );
  await ex.execute(
    sql`DELETE FROM commitment_goals WHERE commitment_id IN (SELECT id FROM commitments WHERE promise_id = ${DRAFT.promise})`,
  );
  await ex.execute(
    sql`DELETE FROM targets WHERE commitment_id IN (SELECT id FROM commitments WHERE promise_id = ${DRAFT.promise})`,
  );
  await ex.execute(sql`DELETE FROM commitments WHERE promise_id = ${DRAFT.promise}`);
  await ex.execute(sql`DELETE FROM promise_areas WHERE promise_id = ${DRAFT.promise}`);
  await ex.execute(sql`DELETE FROM promise_parties WHERE promise_id = ${DRAFT.promise}`);
  await ex.execute(sql`
    INSERT INTO promises (id, partnership_id, ref, title, from_year, to_year, status, version)
    VALUES (${DRAFT.promise}, ${DEMO_PARTNERSHIP_ID}, ${DRAFT.ref}, ${JSON.stringify({ sv: "Matrisens utkast" })}::jsonb,
            2027, 2028, 'draft', 1)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, from_year = 2027, to_year = 2028,
      status = 'draft', signed_on = NULL, background = NULL, how_made = NULL, version = 1`);
  await ex.execute(
    sql`INSERT INTO promise_areas (promise_id, area_id) VALUES (${DRAFT.promise}, ${AREA.skaggetorp})`,
  );
  await ex.execute(sql`INSERT INTO promise_parties (promise_id, party_id) VALUES
    (${DRAFT.promise}, ${PARTY.municipality}), (${DRAFT.promise}, ${PARTY.police})`);
  const points = (["municipality", "police", "municipalityOtherUnit"] as const).map((target, i) => ({
    id: DRAFT.point[target],
    n: i + 1,
    kind: target === "police" ? "police" : "municipality",
    party: target === "police" ? PARTY.police : PARTY.municipality,
    unit: UNIT_OF[target],
  }));
  for (const p of points) {
    await ex.execute(sql`
      INSERT INTO commitments (id, promise_id, external_id, number, text, responsible_kind, weight, version)
      VALUES (${p.id}, ${DRAFT.promise}, ${`${DRAFT.ref}-${p.n}`}, ${p.n},
              ${JSON.stringify({ sv: `Matrisens punkt ${p.n} (${p.kind})` })}::jsonb, ${p.kind}, 1, 1)`);
    await ex.execute(
      sql`INSERT INTO commitment_parties (commitment_id, party_id, role) VALUES (${p.id}, ${p.party}, 'responsible')`,
    );
    await ex.execute(sql`INSERT INTO commitment_units (commitment_id, unit_id) VALUES (${p.id}, ${p.unit})`);
  }
}

/** The managed account: enabled, a reader with a communicator role to revoke, nothing else. */
export async function resetManagedAccount(ex: Executor): Promise<void> {
  await ex.execute(sql`
    INSERT INTO accounts (id, email, name, password_hash, must_change_password, version)
    VALUES (${MANAGED.account}, ${MANAGED.email}, 'Matris Förvaltad', 'test:not-a-real-hash', false, 1)
    ON CONFLICT (id) DO UPDATE SET disabled_at = NULL`);
  await ex.execute(sql`DELETE FROM role_grant_units WHERE grant_id IN
    (SELECT id FROM role_grants WHERE account_id = ${MANAGED.account} AND id NOT IN (${MANAGED.grant}, ${MANAGED.revocableGrant}))`);
  await ex.execute(sql`DELETE FROM role_grants WHERE account_id = ${MANAGED.account}
    AND id NOT IN (${MANAGED.grant}, ${MANAGED.revocableGrant})`);
  await ex.execute(sql`INSERT INTO role_grants (id, account_id, partnership_id, role) VALUES
    (${MANAGED.grant}, ${MANAGED.account}, ${DEMO_PARTNERSHIP_ID}, 'reader'),
    (${MANAGED.revocableGrant}, ${MANAGED.account}, ${DEMO_PARTNERSHIP_ID}, 'communicator')
    ON CONFLICT (id) DO NOTHING`);
}

/** The shared account with its two reader roles and nothing else. */
export async function resetSharedAccount(ex: Executor): Promise<void> {
  const extra = sql`SELECT id FROM role_grants WHERE account_id = ${SHARED.account}
    AND id NOT IN (${SHARED.grant}, ${SHARED.otherGrant})`;
  await ex.execute(sql`DELETE FROM role_grant_units WHERE grant_id IN (${extra})`);
  await ex.execute(sql`DELETE FROM role_grants WHERE id IN (${extra})`);
}

/** The current optimistic-lock version of a row. */
export async function versionOf(ex: Executor, table: string, id: string): Promise<number> {
  const [row] = await queryRows<{ version: number }>(
    ex,
    sql`SELECT version FROM ${sql.identifier(table)} WHERE id = ${id}`,
  );
  if (!row) throw new Error(`no ${table} ${id}`);
  return row.version;
}

// The follow-up round.

export async function periodId(ex: Executor, code: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    ex,
    sql`SELECT id FROM reporting_periods WHERE partnership_id = ${DEMO_PARTNERSHIP_ID} AND code = ${code}`,
  );
  if (!row) throw new Error(`no period ${code}`);
  return row.id;
}

export async function setPeriodOpen(ex: Executor, code: string, open: boolean): Promise<void> {
  await ex.execute(sql`UPDATE reporting_periods SET closed_at = ${open ? null : new Date("2026-12-01T12:00:00Z")}
    WHERE partnership_id = ${DEMO_PARTNERSHIP_ID} AND code = ${code}`);
}

/** No follow-up of the point for the period: the form and the import start a new one. */
export async function clearFollowUp(ex: Executor, commitmentId: string, code: string): Promise<void> {
  const period = await periodId(ex, code);
  const where = sql`SELECT id FROM follow_ups WHERE commitment_id = ${commitmentId} AND period_id = ${period}`;
  await ex.execute(sql`DELETE FROM follow_up_measurements WHERE follow_up_id IN (${where})`);
  await ex.execute(sql`DELETE FROM follow_up_links WHERE follow_up_id IN (${where})`);
  await ex.execute(sql`DELETE FROM follow_ups WHERE id IN (${where})`);
}

/** A saved draft of the point for the period (version 1), ready to be submitted. */
export async function draftFollowUp(ex: Executor, commitmentId: string, code: string): Promise<void> {
  await clearFollowUp(ex, commitmentId, code);
  await ex.execute(sql`INSERT INTO follow_ups (commitment_id, period_id, status, state, narrative, version)
    VALUES (${commitmentId}, ${await periodId(ex, code)}, 'in_progress', 'draft',
            ${JSON.stringify({ sv: "Matrisens utkast till uppföljning." })}::jsonb, 1)`);
}

/** The follow-up as submitted and waiting for review. */
export async function resubmit(ex: Executor, followUpId: string): Promise<void> {
  await ex.execute(sql`UPDATE follow_ups SET state = 'submitted', approved_at = NULL, approved_by_id = NULL,
    return_comment = NULL, returned_at = NULL, submitted_at = ${new Date("2026-11-20T10:00:00Z")}
    WHERE id = ${followUpId}`);
}

// The report-back of the 2017 promise (its latest edition).

export const REPORT_REF = "skaggetorp-2017";

export async function latestReport(ex: Executor): Promise<{ id: string; version: number }> {
  const [row] = await queryRows<{ id: string; version: number }>(
    ex,
    sql`SELECT r.id, r.version FROM report_backs r JOIN promises p ON p.id = r.promise_id
        WHERE p.ref = ${REPORT_REF} ORDER BY r.edition DESC LIMIT 1`,
  );
  if (!row) throw new Error("no report-back");
  return row;
}

/** Puts the latest edition in a status (and forgets a decision recorded on it). */
export async function setReportStatus(ex: Executor, status: string): Promise<void> {
  const { id } = await latestReport(ex);
  await ex.execute(sql`DELETE FROM report_decisions WHERE report_id = ${id}`);
  await ex.execute(sql`UPDATE report_backs SET status = ${status}, frozen_model = NULL WHERE id = ${id}`);
}

/** Removes every report-back edition of a promise, with their parts (to create one anew). */
export async function clearReportBacks(ex: Executor, ref: string): Promise<void> {
  const ids = sql`(SELECT r.id FROM report_backs r JOIN promises p ON p.id = r.promise_id WHERE p.ref = ${ref})`;
  for (const table of [
    "report_decision_items",
    "report_consultations",
    "report_decisions",
    "report_signatories",
    "report_distribution",
    "report_links",
    "report_attachments",
  ]) {
    await ex.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE report_id IN ${ids}`);
  }
  await ex.execute(sql`UPDATE report_backs SET supersedes_id = NULL WHERE id IN ${ids}`);
  await ex.execute(sql`DELETE FROM report_backs WHERE id IN ${ids}`);
}

/** Removes the demo partnership's report defaults (the next save is the first). */
export async function clearReportDefaults(ex: Executor): Promise<void> {
  await ex.execute(sql`DELETE FROM report_defaults`);
}

export async function consultationIds(ex: Executor): Promise<string[]> {
  const { id } = await latestReport(ex);
  const rows = await queryRows<{ id: string }>(
    ex,
    sql`SELECT id FROM report_consultations WHERE report_id = ${id} ORDER BY position`,
  );
  return rows.map((r) => r.id);
}

// Facts the policies are asked about.

/** The ownership facts of a point: its partnership, kind, responsible parties and units. */
export async function pointFacts(ex: Executor, commitmentId: string) {
  const [row] = await queryRows<{ partnership_id: string; responsible_kind: string }>(
    ex,
    sql`SELECT p.partnership_id, c.responsible_kind FROM commitments c JOIN promises p ON p.id = c.promise_id
        WHERE c.id = ${commitmentId}`,
  );
  if (!row) throw new Error(`no point ${commitmentId}`);
  const parties = await queryRows<{ party_id: string }>(
    ex,
    sql`SELECT party_id FROM commitment_parties WHERE commitment_id = ${commitmentId} AND role = 'responsible' ORDER BY party_id`,
  );
  const units = await queryRows<{ unit_id: string }>(
    ex,
    sql`SELECT unit_id FROM commitment_units WHERE commitment_id = ${commitmentId} ORDER BY unit_id`,
  );
  return {
    partnershipId: row.partnership_id,
    responsibleKind: row.responsible_kind,
    responsiblePartyIds: parties.map((p) => p.party_id),
    unitIds: units.map((u) => u.unit_id),
  };
}

/** Every partnership the account holds a role in (one entry per grant). */
export async function grantsOfAccount(ex: Executor, accountId: string) {
  const rows = await queryRows<{ partnership_id: string }>(
    ex,
    sql`SELECT partnership_id FROM role_grants WHERE account_id = ${accountId} ORDER BY id`,
  );
  return rows.map((r) => ({ partnershipId: r.partnership_id }));
}

// The import.

/**
 * A CSV with the point's own row (unchanged, as exported) and one new follow-up of 2026-T3, so the
 * import changes exactly that follow-up and is refused only when the importer may not write it.
 */
async function importFiles(db: Db): Promise<World["importCsv"]> {
  const { header, rows: lines } = await exportedCsv(db, ROUND_2026_PROMISE);
  const columns = header.split(";");
  const at = (name: string) => {
    const i = columns.indexOf(name);
    if (i < 0) throw new Error(`export has no column ${name}`);
    return i;
  };
  const fileFor = (number: number) => {
    const rows = lines.filter((l) => l.startsWith(`skaggetorp-2026-${number};`));
    const row = rows.find((l) => l.includes(";2026-T2;"));
    if (!row) throw new Error(`no 2026-T2 row of point ${number}`);
    const cells = splitCsvRow(row);
    cells[at("Period")] = "2026-T3";
    cells[at("Läge")] = "pågår";
    cells[at("Uppföljning")] = "Importerad av matrisen.";
    cells[at("Mätvärden")] = "";
    cells[at("Granskning")] = "";
    return `${header}\n${cells.map(quote).join(";")}\n`;
  };
  return {
    municipality: fileFor(ROUND_POINT_NUMBER.municipality),
    municipalityOtherUnit: fileFor(ROUND_POINT_NUMBER.municipalityOtherUnit),
    police: fileFor(ROUND_POINT_NUMBER.police),
  };
}

/** The number of each target point in the draft promise. */
export const DRAFT_POINT_NUMBER: Record<PointTarget, number> = {
  municipality: 1,
  police: 2,
  municipalityOtherUnit: 3,
};

/** CSVs for the draft promise that change one point's text (and nothing else). */
async function importPointFiles(db: Db): Promise<World["importPointCsv"]> {
  const { header, rows } = await exportedCsv(db, DRAFT.promise);
  const columns = header.split(";");
  const text = columns.indexOf("Punkt");
  const fileFor = (target: PointTarget) => {
    const row = rows.find((l) => l.startsWith(`${DRAFT.ref}-${DRAFT_POINT_NUMBER[target]};`));
    if (!row || text < 0) throw new Error(`no row of draft point ${target}`);
    const cells = splitCsvRow(row);
    cells[text] = "Punkten ändrad genom en import.";
    return `${header}\n${cells.map(quote).join(";")}\n`;
  };
  return {
    municipality: fileFor("municipality"),
    municipalityOtherUnit: fileFor("municipalityOtherUnit"),
    police: fileFor("police"),
  };
}

async function exportedCsv(db: Db, promiseId: string): Promise<{ header: string; rows: string[] }> {
  const exported = await exportPromiseSpreadsheet({
    db,
    viewer: principal("coordinator"),
    promiseId,
    format: "csv",
  });
  const text = typeof exported.body === "string" ? exported.body : new TextDecoder().decode(exported.body);
  const [header = "", ...rows] = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  return { header, rows };
}

function splitCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i] as string;
    if (quoted) {
      if (ch === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") {
      cells.push(cell);
      cell = "";
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const quote = (cell: string) => (/[";\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
