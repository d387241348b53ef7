/**
 * Who may do what with the partnership's dialogues, in one table (see platform/policy.ts).
 * Dialogues are the evidence behind the promise: every role of the partnership reads them (the
 * reporter too: knowing why a point exists helps to report on it). The samordnare, the
 * kommunpolis and the administratör record and change them; the reporter does not (decided: the
 * dialogue is held and written up by those who lead the joint work, not by each unit), nor the
 * läsare or the kommunikatör. Other partnerships and the public are told nothing exists.
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

export const dialoguesPolicy = definePolicy<{ read: InPartnership; manage: InPartnership }>("dialogues", {
  /** The workspace's dialogues, their participants and findings, and "why this point". */
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  /** Record a dialogue, change it, its findings, their links to points, and its återkoppling. */
  manage: partnershipRule({
    roles: { coordinator: true, police_coordinator: true, administrator: true },
    public: "hidden",
  }),
});
