import { definePolicy, type InPartnership, partnershipRule } from "../platform/policy.js";

/** The partnership's outbox (every mail it sent or will send): its administrators only. */
export const outboxPolicy = definePolicy<{ read: InPartnership }>("outbox", {
  read: partnershipRule({ roles: { administrator: true } }),
});
