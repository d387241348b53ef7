import { and, asc, eq } from "drizzle-orm";
import { accounts, roleGrants } from "../accounts/accounts.schema.js";
import { partnerships } from "../partnerships/partnerships.schema.js";
import type { Executor } from "../platform/db/client.js";

export interface PartnershipAdministratorRow {
  partnershipId: string;
  accountId: string;
  name: string;
  email: string;
  passwordHash: string;
  disabledAt: Date | null;
}

export function listAllPartnerships(ex: Executor) {
  return ex
    .select({
      id: partnerships.id,
      slug: partnerships.slug,
      name: partnerships.name,
      municipalityName: partnerships.municipalityName,
      county: partnerships.county,
      createdAt: partnerships.createdAt,
    })
    .from(partnerships)
    .orderBy(asc(partnerships.name));
}

/** The administrators of every partnership (or of one). */
export function listPartnershipAdministrators(
  ex: Executor,
  partnershipId?: string,
): Promise<PartnershipAdministratorRow[]> {
  return ex
    .select({
      partnershipId: roleGrants.partnershipId,
      accountId: accounts.id,
      name: accounts.name,
      email: accounts.email,
      passwordHash: accounts.passwordHash,
      disabledAt: accounts.disabledAt,
    })
    .from(roleGrants)
    .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
    .where(
      partnershipId === undefined
        ? eq(roleGrants.role, "administrator")
        : and(eq(roleGrants.role, "administrator"), eq(roleGrants.partnershipId, partnershipId)),
    )
    .orderBy(asc(accounts.name));
}
