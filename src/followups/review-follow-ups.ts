import type { Db } from "../platform/db/client.js";
import { actorOf, mutate } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import type { JobDeps } from "../platform/jobs/job.js";
import { queueMail } from "../platform/mail/queue-mail.js";
import type { Viewer } from "../platform/viewer.js";
import { roundPolicy } from "./followups.policy.js";
import { reviewMail } from "./review-mail.js";
import {
  findPointContext,
  findReporterAddress,
  findRoundSettings,
  listFollowUpsByIds,
  lockPeriod,
  type PointContext,
  updateFollowUpIfVersion,
} from "./round.repository.js";
import { COMMENT_MAX, type FollowUpSnapshot } from "./round.types.js";
import { findPeriod, type PeriodKey } from "./round-access.js";
import { snapshotFollowUp } from "./round-snapshot.js";
import { assertPeriodOpen, conflictOf } from "./write-follow-up.js";

interface ReviewOptions {
  db: Db;
  viewer: Viewer;
  /** How mail is queued: the reporter of each follow-up gets one (the routes always pass it). */
  mailer?: Pick<JobDeps, "config" | "clock">;
  /** One or several follow-ups, all submitted. */
  followUpIds: string[];
  /** When given, every follow-up must belong to this period (else not_found). */
  period?: PeriodKey;
}

/** Approves submitted follow-ups (coordinators only). */
export async function approveFollowUps(options: ReviewOptions): Promise<FollowUpSnapshot[]> {
  return review(options, "approve", null);
}

/** Returns submitted follow-ups to their authors with a comment (coordinators only). */
export async function returnFollowUps(
  options: ReviewOptions & { comment: string },
): Promise<FollowUpSnapshot[]> {
  const comment = options.comment.trim();
  if (comment === "" || comment.length > COMMENT_MAX) {
    throw new AppError("invalid_body", { entity: "return_comment", param: "comment", value: "" });
  }
  return review(options, "return", comment);
}

async function review(
  options: ReviewOptions,
  decision: "approve" | "return",
  comment: string | null,
): Promise<FollowUpSnapshot[]> {
  const { db, viewer } = options;
  const ids = [...new Set(options.followUpIds)];
  if (ids.length === 0)
    throw new AppError("invalid_body", { entity: "no_selection", param: "followUpIds", value: "" });
  const [rows, period] = await Promise.all([
    listFollowUpsByIds(db, ids),
    options.period ? findPeriod(db, options.period) : null,
  ]);
  const pointOf = new Map<string, PointContext>();
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    const point = row ? await findPointContext(db, row.commitmentId) : null;
    const elsewhere = options.period !== undefined && row?.periodId !== period?.id;
    const notFound = { entity: "follow_up", value: id };
    if (!row || !point || elsewhere) throw new AppError("not_found", notFound);
    roundPolicy.authorize(viewer, "review", point, notFound);
    pointOf.set(id, point);
  }
  const now = new Date();
  const personId = viewer.kind === "account" ? viewer.personId : null;

  return mutate(db, actorOf(viewer), async (tx, audit) => {
    const results: FollowUpSnapshot[] = [];
    for (const row of rows) {
      const reviewed = await lockPeriod(tx, row.periodId, "share");
      if (reviewed) assertPeriodOpen(reviewed);
      if (row.state !== "submitted")
        throw new AppError("transition_refused", { entity: `follow_up_${row.state}` });
      const point = pointOf.get(row.id) as PointContext;
      const settings = await findRoundSettings(tx, point.partnershipId);
      if (decision === "approve") {
        const ownSubmission =
          (settings?.fourEyes ?? true) &&
          viewer.kind === "account" &&
          row.submittedByAccountId === viewer.accountId;
        roundPolicy.authorize(viewer, "approve", { partnershipId: point.partnershipId, ownSubmission });
      }
      const before = await snapshotFollowUp(tx, row);
      const values =
        decision === "approve"
          ? { state: "approved", approvedAt: now, approvedById: personId }
          : { state: "returned", returnComment: comment, returnedAt: now };
      const updated = await updateFollowUpIfVersion(tx, row.id, row.version, values);
      if (!updated) throw await conflictOf(tx, row);
      const after = await snapshotFollowUp(tx, updated);
      audit({
        action: decision === "approve" ? "follow_up.approved" : "follow_up.returned",
        entityType: "follow_up",
        entityId: row.id,
        partnershipId: point.partnershipId,
        before,
        after,
      });
      const reporter = await findReporterAddress(tx, row);
      if (options.mailer && reporter && settings && reviewed) {
        const ctx = {
          publicUrl: options.mailer.config.publicUrl,
          partnership: settings,
          periodCode: reviewed.code,
          point: { id: point.id, number: point.number, promiseRef: point.promiseRef },
          reporterName: reporter.name,
        };
        await queueMail(tx, options.mailer, {
          partnershipId: point.partnershipId,
          to: reporter.email,
          kind: decision === "approve" ? "follow_up.approved" : "follow_up.returned",
          ...reviewMail(ctx, decision, comment),
        });
      }
      results.push(after);
    }
    return results;
  });
}
