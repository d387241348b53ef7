import type { Tx } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";

/**
 * One part of the demo, loaded after the Skäggetorp 2017 dataset in the same transaction (e.g.
 * demo accounts, a live reporting round, the 2018 draft carried from 2017). The list is
 * `DEMO_PARTS` in demo-parts.ts.
 */
export type DemoPart = ((tx: Tx, audit: Audit) => Promise<void>) & {
  /**
   * Optional work started before the demo transaction, so it overlaps the dataset's inserts
   * (e.g. hashing the demo password on libuv's thread pool). Called once per load.
   */
  prepare?: () => void;
};
