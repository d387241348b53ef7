/**
 * The people of the matrix: one real account per role in the demo partnership (the target's
 * partnership) and one per role in a second partnership, each signed in over HTTP (session cookie
 * and CSRF token) and holding a personal API token.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { accounts, apiTokens } from "../../src/accounts/accounts.schema.js";
import { newApiToken, sha256Hex } from "../../src/accounts/secrets.js";
import { DEMO_PARTNERSHIP_ID, PARTY, UNIT } from "../../src/demo/skaggetorp-2017-ids.js";
import { parties } from "../../src/partnerships/partnerships.schema.js";
import type { Db } from "../../src/platform/db/client.js";
import { isPartyBound, type Principal, ROLES, type Role } from "../../src/platform/viewer.js";
import { createAccount } from "../factories/accounts.js";
import { signInOverHttp } from "../http-session.js";
import type { Actor, App, OtherPartnership } from "./types.js";

export const MATRIX_PASSWORD = "matris-losenord-2026";

const partyKindOf = (role: Role): Actor["partyKind"] =>
  role === "police_coordinator" ? "police" : "municipality";

/**
 * Creates the accounts (real password hash, no forced change), signs each in over HTTP and gives
 * each an API token. The demo partnership's reporter is bound to the municipality's culture unit.
 */
export async function createActors(
  db: Db,
  app: App,
  other: OtherPartnership,
  passwordHash: string,
): Promise<Actor[]> {
  const actors: Actor[] = [];
  for (const home of ["own", "other"] as const) {
    for (const role of ROLES) {
      const partnershipId = home === "own" ? DEMO_PARTNERSHIP_ID : other.id;
      const partyId = isPartyBound(role)
        ? home === "own"
          ? PARTY.municipality
          : other.municipalityPartyId
        : null;
      const unitIds = role === "reporter" && home === "own" ? [UNIT.cultureAndLeisure] : [];
      const email = `matris.${role.replace("_", "-")}.${home}@example.se`;
      const name = `Matris ${role} (${home === "own" ? "samma" : "annan"} samverkan)`;
      const accountId = await createAccount(db, {
        email,
        name,
        grants: [{ role, partnershipId, unitIds, ...(partyId ? { partyId } : {}) }],
      });
      await db.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId));
      const apiToken = newApiToken();
      await db.insert(apiTokens).values({
        id: randomUUID(),
        accountId,
        name: "matris",
        tokenHash: sha256Hex(apiToken),
        expiresAt: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      });
      actors.push({
        role,
        home,
        accountId,
        email,
        principal: {
          kind: "account",
          accountId,
          personId: null,
          name,
          email,
          grants: [{ partnershipId, role, partyId, unitIds }],
          mustChangePassword: false,
        },
        session: await signInOverHttp(app, email, MATRIX_PASSWORD),
        apiToken,
        partyKind: partyKindOf(role),
      });
    }
  }
  return actors;
}

/** The parties of a partnership created by `createPartnership` (municipality and police). */
export async function partiesOf(db: Db, partnershipId: string) {
  const rows = await db.select().from(parties).where(eq(parties.partnershipId, partnershipId));
  const byKind = (kind: string) => {
    const row = rows.find((r) => r.kind === kind);
    if (!row) throw new Error(`no ${kind} party in ${partnershipId}`);
    return row.id;
  };
  return { municipalityPartyId: byKind("municipality"), policePartyId: byKind("police") };
}
