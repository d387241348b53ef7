import type { Db } from "../platform/db/client.js";
import { mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { ownAccount } from "./accounts.policy.js";
import { deleteSessionsOfAccount, findAccount, updateAccount } from "./accounts.repository.js";
import { type FieldErrors, invalidFields } from "./field-errors.js";
import { hashPassword, passwordProblem, verifyPassword } from "./password.js";

/**
 * The viewer changes their own password: the current one must be right, the new one follows the
 * rules and is typed twice. Clears "must change password" and ends the account's other sessions.
 * Answers whether the change was required (the account then goes on to its work).
 */
export async function changeOwnPassword(options: {
  db: Db;
  viewer: Viewer;
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
  /** The session making the change stays signed in. */
  keepSessionHash?: string;
}): Promise<{ wasRequired: boolean }> {
  const { db } = options;
  const viewer = ownAccount(options.viewer);
  const account = await findAccount(db, viewer.accountId);
  if (!account) throw new AppError("unauthorized");
  const errors: FieldErrors = {};
  if (options.currentPassword === "") errors.currentPassword = "required";
  else if (!(await verifyPassword(options.currentPassword, account.passwordHash)))
    errors.currentPassword = "current_wrong";
  const problem = passwordProblem(options.newPassword, account.email);
  if (options.newPassword === "") errors.newPassword = "required";
  else if (problem) errors.newPassword = problem;
  else if (options.repeatPassword !== options.newPassword) errors.repeatPassword = "repeat_mismatch";
  if (Object.keys(errors).length > 0) throw invalidFields(errors);

  const passwordHash = await hashPassword(options.newPassword);
  await mutate(db, { kind: "person", id: account.id, label: account.name }, async (tx, audit) => {
    const updated = await updateAccount(tx, account.id, account.version, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: new Date(),
    });
    if (!updated) throw new AppError("conflict", { entity: "account" });
    const ended = await deleteSessionsOfAccount(tx, account.id, options.keepSessionHash);
    audit({
      action: "account.password_changed",
      entityType: "account",
      entityId: account.id,
      before: { mustChangePassword: account.mustChangePassword, version: account.version },
      after: { mustChangePassword: false, version: updated.version, otherSessionsEnded: ended },
    });
  });
  return { wasRequired: account.mustChangePassword };
}
