import { loadDemoAccounts } from "./accounts.js";
import type { Tx } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";
import { carryOver2018Demo } from "./carry-over-2018.js";
import { loadDemoAttachments } from "./report-attachments.js";
import { demoRound2026 } from "./round-2026.js";

/**
 * Further parts of the demo, loaded after the Skäggetorp 2017 dataset in the same transaction,
 * in this order (e.g. demo accounts, a live reporting round, the 2018 draft carried from 2017).
 * Each module that adds demo data appends its part here.
 */
export type DemoPart = ((tx: Tx, audit: Audit) => Promise<void>) & {
  /**
   * Optional work started before the demo transaction, so it overlaps the dataset's inserts
   * (e.g. hashing the demo password on libuv's thread pool). Called once per load.
   */
  prepare?: () => void;
};

export const DEMO_PARTS: DemoPart[] = [
  loadDemoAccounts,
  demoRound2026,
  carryOver2018Demo,
  loadDemoAttachments,
];
