import { randomUUID } from "node:crypto";
import { accounts, roleGrants, roleGrantUnits } from "../../src/accounts/accounts.schema.js";
import { DEMO_PARTNERSHIP_ID } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Executor } from "../../src/platform/db/client.js";
import { isPartyBound, type Role } from "../../src/platform/viewer.js";

export interface GrantSpec {
  role: Role;
  partnershipId?: string;
  partyId?: string;
  unitIds?: string[];
}

/**
 * Inserts an account with its role grants directly (tests only; the password hash is not usable
 * for signing in). Grants default to the demo partnership.
 *
 * @example
 * const id = await createAccount(db, { email: "kultur@example.se", name: "Kim Kultur",
 *   grants: [{ role: "reporter", partyId: PARTY.municipality, unitIds: [UNIT.cultureAndLeisure] }] });
 */
export async function createAccount(
  ex: Executor,
  spec: { email: string; name: string; grants: GrantSpec[]; disabled?: boolean },
): Promise<string> {
  const id = randomUUID();
  await ex.insert(accounts).values({
    id,
    email: spec.email.toLowerCase(),
    name: spec.name,
    passwordHash: "test:not-a-real-hash",
    mustChangePassword: false,
    disabledAt: spec.disabled ? new Date() : null,
  });
  for (const grant of spec.grants) {
    const grantId = randomUUID();
    await ex.insert(roleGrants).values({
      id: grantId,
      accountId: id,
      partnershipId: grant.partnershipId ?? DEMO_PARTNERSHIP_ID,
      role: grant.role,
      partyId: isPartyBound(grant.role) ? (grant.partyId ?? null) : null,
    });
    for (const unitId of grant.unitIds ?? []) await ex.insert(roleGrantUnits).values({ grantId, unitId });
  }
  return id;
}
