import {
  ALLOWED,
  customRule,
  type Decision,
  definePolicy,
  type InPartnership,
  partnershipRule,
  refuse,
} from "../platform/policy.js";
import { grantsIn, type Principal, type RoleGrant, type Viewer } from "../platform/viewer.js";

/**
 * Who may do what with accounts. Administrators act only inside partnerships where they hold the
 * administrator role; an account that also works in a partnership the administrator does not
 * administer is managed there too (its password and status), never from here — otherwise one
 * partnership's administrator could take over an account that sees another partnership.
 */

/** An account as seen from one partnership: the partnership asked about and all the account's grants. */
export interface AccountInPartnership extends InPartnership {
  accountGrants: readonly Pick<RoleGrant, "partnershipId">[];
}

/** Administers the partnership's accounts (the list, creating accounts, the role form's choices). */
const administer = partnershipRule<InPartnership>({ roles: { administrator: true } });

/**
 * One account of the partnership: an administrator of it, and the account holds a role there. An
 * account without a role here is "not found" (404), like an account that does not exist.
 */
const seeAccount = customRule<AccountInPartnership>((viewer, resource) => {
  const decision = administer.decide(viewer, resource);
  if (!decision.allowed) return decision;
  return resource.accountGrants.some((g) => g.partnershipId === resource.partnershipId)
    ? ALLOWED
    : refuse("not_member");
});

/** True when the viewer administers every partnership in which the account holds a role. */
function administersAll(viewer: Viewer, accountGrants: AccountInPartnership["accountGrants"]): boolean {
  if (viewer.kind === "system") return true;
  return accountGrants.every((g) =>
    grantsIn(viewer, g.partnershipId).some((v) => v.role === "administrator"),
  );
}

export const accountsPolicy = definePolicy<{
  administer: InPartnership;
  seeAccount: AccountInPartnership;
  manageAccount: AccountInPartnership;
  changeRoles: AccountInPartnership;
  manageOwnCredentials: undefined;
  manageSignIn: InPartnership;
}>("accounts", {
  administer,
  /**
   * The partnership's OpenID providers and whether its accounts may use passwords: its
   * administrators. (Providers for the whole installation are set up from the command line.)
   */
  manageSignIn: partnershipRule<InPartnership>({ roles: { administrator: true } }),
  seeAccount,
  /** Sets the password, disables or enables: every partnership of the account is administered by the viewer. */
  manageAccount: customRule((viewer, resource) => {
    const decision = seeAccount.decide(viewer, resource);
    if (!decision.allowed) return decision;
    return administersAll(viewer, resource.accountGrants) ? ALLOWED : refuse("condition");
  }),
  /** Grants or revokes roles of an account in this partnership (roles elsewhere are not touched). */
  changeRoles: seeAccount,
  /**
   * Personal API tokens, one's own password and partnerships: any signed-in account, for itself
   * only. The public is asked to sign in; the command line has no credentials of its own.
   */
  manageOwnCredentials: customRule((viewer): Decision => {
    if (viewer.kind === "account") return ALLOWED;
    return refuse(viewer.kind === "public" ? "sign_in" : "role");
  }),
});

/**
 * The signed-in account acting on its own credentials: 401 for the public, 403 for the system.
 *
 * @example
 * const account = ownAccount(viewer); // before reading or writing the account's tokens
 */
export function ownAccount(viewer: Viewer): Principal {
  accountsPolicy.authorize(viewer, "manageOwnCredentials", undefined);
  if (viewer.kind !== "account") throw new Error("unreachable: manageOwnCredentials allows accounts only");
  return viewer;
}
