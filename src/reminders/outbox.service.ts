import { findPartnership } from "../partnerships/partnerships.repository.js";
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { findOutboxMail, listOutboxMails, type OutboxRow } from "../platform/mail/mail.repository.js";
import type { Viewer } from "../platform/viewer.js";
import { outboxPolicy } from "./outbox.policy.js";
import type { OutboxMail, OutboxMailDetail } from "./reminders.types.js";

interface OutboxOptions {
  db: Executor;
  viewer: Viewer;
  partnershipId: string;
}

/**
 * 404 for an unknown partnership (partnerships are public facts); then the outbox policy: 401 for
 * residents, 404 outside one's own partnerships (their workspace is not revealed), 403 for
 * non-administrators.
 */
async function authorize({ db, viewer, partnershipId }: OutboxOptions): Promise<void> {
  const notFound = { entity: "partnership", value: partnershipId };
  if (!(await findPartnership(db, partnershipId))) throw new AppError("not_found", notFound);
  outboxPolicy.authorize(viewer, "read", { partnershipId }, notFound);
}

/** The partnership's mail, newest first (administrators only). */
export async function listOutbox(options: OutboxOptions): Promise<OutboxMail[]> {
  await authorize(options);
  return (await listOutboxMails(options.db, options.partnershipId)).map(presentMail);
}

/** One mail with its text (administrators only). */
export async function getOutboxMail(options: OutboxOptions & { mailId: string }): Promise<OutboxMailDetail> {
  await authorize(options);
  const row = await findOutboxMail(options.db, options.partnershipId, options.mailId);
  if (!row) throw new AppError("not_found", { entity: "mail", value: options.mailId });
  return { ...presentMail(row), body: row.bodyText };
}

function presentMail(row: OutboxRow): OutboxMail {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    kind: row.kind,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt ? row.sentAt.toISOString() : null,
    error: row.error,
  };
}
