import { AppError } from "../platform/errors.js";
import { grantsIn, type Principal, type RoleGrant, type Viewer } from "../platform/viewer.js";

/**
 * Who may do what with accounts. Administrators act only inside partnerships where they hold the
 * administrator role; an account that also works in a partnership the administrator does not
 * administer is managed there too (its password and status), never from here — otherwise one
 * partnership's administrator could take over an account that sees another partnership.
 */

/** Administers the partnership's accounts and settings. */
export function canAdministerPartnership(viewer: Viewer, partnershipId: string): boolean {
  return viewer.kind === "system" || grantsIn(viewer, partnershipId).some((g) => g.role === "administrator");
}

/** Reads the account list and an account's roles in the partnership. */
export function canSeeAccount(viewer: Viewer, partnershipId: string, accountGrants: RoleGrant[]): boolean {
  return (
    canAdministerPartnership(viewer, partnershipId) &&
    accountGrants.some((g) => g.partnershipId === partnershipId)
  );
}

/** Sets the password, disables or enables: every partnership of the account is administered by the viewer. */
export function canManageAccount(viewer: Viewer, partnershipId: string, accountGrants: RoleGrant[]): boolean {
  return (
    canSeeAccount(viewer, partnershipId, accountGrants) &&
    accountGrants.every((g) => canAdministerPartnership(viewer, g.partnershipId))
  );
}

/** Grants or revokes roles of an account in this partnership. */
export function canChangeRoles(viewer: Viewer, partnershipId: string, accountGrants: RoleGrant[]): boolean {
  return canSeeAccount(viewer, partnershipId, accountGrants);
}

/** Personal API tokens and one's own password: any signed-in account, for itself only. */
export function canManageOwnCredentials(viewer: Viewer): viewer is Principal {
  return viewer.kind === "account";
}

/** Throws 401 for the public and 403 for a signed-in viewer when `allowed` is false. */
export function authorize(viewer: Viewer, allowed: boolean): void {
  if (allowed) return;
  throw new AppError(viewer.kind === "account" || viewer.kind === "system" ? "forbidden" : "unauthorized");
}
