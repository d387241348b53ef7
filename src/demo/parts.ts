import type { Tx } from "../platform/db/client.js";
import type { Audit } from "../platform/db/mutation.js";
import { loadDemoAttachments } from "../reports/demo-attachments.js";

/**
 * Further parts of the demo, loaded after the Skäggetorp 2017 dataset in the same transaction,
 * in this order (e.g. demo accounts, a live reporting round, the 2018 draft carried from 2017).
 * Each module that adds demo data appends its part here.
 */
export type DemoPart = (tx: Tx, audit: Audit) => Promise<void>;

export const DEMO_PARTS: DemoPart[] = [loadDemoAttachments];
