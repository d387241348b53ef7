/**
 * The workspace preview of a promise page: what residents will see once the promise and its
 * follow-ups are published, read from the staff (non-public) read model. The page marks it as a
 * preview and marks each follow-up that is not approved yet.
 */
import type { Executor } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import type { Viewer } from "../platform/viewer.js";
import { readPromiseModel } from "./promise-model.js";
import { publishingPolicy } from "./publishing.policy.js";
import { findPartnershipIdBySlug } from "./publishing.repository.js";
import type { PromisePageModel } from "./publishing.types.js";

export interface PreviewOptions {
  db: Executor;
  viewer: Viewer;
  /** The partnership's address slug (`/arbete/:partnership/…`). */
  partnershipSlug: string;
  ref: string;
  period?: string;
}

/**
 * A promise of the partnership in any status, with its follow-ups in every state (each one's state
 * is in the model), as of a period (default: the latest with any follow-up). The report-back
 * editions shown are the published ones: drafts of the report are previewed on the report's own
 * workspace page.
 */
export async function readPromisePreview(options: PreviewOptions): Promise<PromisePageModel> {
  const { db, viewer } = options;
  const partnershipId = await findPartnershipIdBySlug(db, options.partnershipSlug);
  const notFound = { entity: "partnership", value: options.partnershipSlug };
  if (!partnershipId) {
    // Residents are asked to sign in first, as for an existing partnership (nothing is revealed).
    if (viewer.kind === "public") throw new AppError("unauthorized");
    throw new AppError("not_found", notFound);
  }
  publishingPolicy.authorize(viewer, "preview", { partnershipId }, notFound);
  const model = await readPromiseModel(
    db,
    { ref: options.ref },
    { audience: "staff", partnershipId },
    options.period,
  );
  if (!model) throw new AppError("not_found", { entity: "promise", value: options.ref });
  const { promise, periods, classifications, reports, periodReports, areas, contact } = model;
  return { promise, periods, classifications, reports, periodReports, areas, contact };
}
