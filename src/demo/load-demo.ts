/**
 * Loads the demo partnership (Linköping, Skäggetorp 2017) into a database, once.
 */
import type { Db } from "../platform/db/client.js";
import { databaseErrorOf } from "../platform/db/db-error.js";
import { mutate, SYSTEM_ACTOR } from "../platform/db/mutation.js";
import { AppError } from "../platform/errors.js";
import { flattenDataset } from "./dataset.js";
import { insertDemoRows, partnershipExists } from "./demo.repository.js";
import { DEMO_PARTS } from "./demo-parts.js";
import { SKAGGETORP_2017 } from "./skaggetorp-2017.js";
import { DEMO_PARTNERSHIP_ID, DEMO_PROMISE_REF } from "./skaggetorp-2017-ids.js";

export { DEMO_PARTNERSHIP_ID, DEMO_PROMISE_REF };

export interface LoadDemoResult {
  /** False when the demo partnership was already there (nothing was written). */
  loaded: boolean;
  partnershipId: string;
}

const UNIQUE_VIOLATION = "23505";

/**
 * Inserts the whole demo in one audited transaction (audit action "demo.loaded"), unless the demo
 * partnership already exists. Safe to call on every start and from two processes at once: the
 * loser of a race sees the winner's partnership and returns `loaded: false`. Throws
 * `AppError("conflict")` when other data holds one of the demo's unique names (e.g. the slug
 * "linkoping" or the promise ref "skaggetorp-2017").
 * @example const { loaded } = await loadDemo(database.db);
 */
export async function loadDemo(db: Db): Promise<LoadDemoResult> {
  const partnershipId = DEMO_PARTNERSHIP_ID;
  if (await partnershipExists(db, partnershipId)) return { loaded: false, partnershipId };
  for (const part of DEMO_PARTS) part.prepare?.();
  const rows = flattenDataset(SKAGGETORP_2017);
  try {
    await mutate(db, SYSTEM_ACTOR, async (tx, audit) => {
      const counts = await insertDemoRows(tx, rows);
      for (const part of DEMO_PARTS) await part(tx, audit);
      audit({
        action: "demo.loaded",
        entityType: "partnership",
        entityId: partnershipId,
        partnershipId,
        after: { promiseRef: DEMO_PROMISE_REF, rows: counts },
      });
    });
  } catch (error) {
    const cause = databaseErrorOf(error);
    if (cause?.code !== UNIQUE_VIOLATION) throw error;
    if (await partnershipExists(db, partnershipId)) return { loaded: false, partnershipId };
    throw new AppError("conflict", { entity: "demo", constraint: cause.constraint ?? "" });
  }
  return { loaded: true, partnershipId };
}
