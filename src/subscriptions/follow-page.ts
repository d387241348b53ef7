import type { Db } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import {
  PROMISE_LIST_MAX_LIMIT,
  readPublicAreas,
  readPublicPromiseList,
} from "../publishing/public-readers.js";
import { findPartnershipBySlug } from "./subscriptions.repository.js";

/** What `/<partnership>/folj` offers: the partnership's public promises and its areas (public facts). */
export async function readFollowPage(db: Db, slug: string) {
  const partnership = await findPartnershipBySlug(db, slug);
  if (!partnership) throw new AppError("not_found", { entity: "partnership", value: slug });
  const [promises, areas] = await Promise.all([
    // A partnership has a promise or two a year: the list's largest page holds them all.
    readPublicPromiseList(db, { partnershipId: partnership.id }, { limit: PROMISE_LIST_MAX_LIMIT }),
    readPublicAreas(db, partnership.id),
  ]);
  return { partnership, promises: promises.data, areas: areas ?? [] };
}
