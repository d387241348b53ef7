/**
 * Who may do what with safety walks (one table). Every role of the partnership reads its walks and
 * findings (photos and descriptions included: internal). The samordnare and the kommunpolis record
 * walks and findings and decide whether a description may be shown to residents. A finding's
 * status is moved by its owners: whoever reports for its responsible party and unit, by the
 * round's point-ownership rule (`grantWritesPoint`, followups.policy.ts) — the rapportör of that
 * party (and unit, when bound to units), the kommunpolis for the police's — and the samordnare.
 * How long a closed finding's photo is kept is the samordnare's and the administratör's (as the
 * incidents' retention).
 */
import { grantOwnsSingleParty, type SinglePartyOwnership } from "../followups/followups.policy.js";
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

/** The ownership facts of a finding: its responsible party (and its kind) and unit. */
export type FindingOwnership = SinglePartyOwnership;

export const walksPolicy = definePolicy<{
  /** Walks, findings (descriptions, photos, reasons): internal data of the partnership. */
  read: InPartnership;
  /** Record a walk and its findings; mark a description as fit for residents. */
  manage: InPartnership;
  /** Move a finding's status (its owners and the samordnare). */
  updateStatus: FindingOwnership;
  /** The walks' settings: how long a closed finding's photo is kept (samordnare, administratör). */
  configure: InPartnership;
}>("walks", {
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  manage: partnershipRule({ roles: { coordinator: true, police_coordinator: true }, public: "hidden" }),
  updateStatus: partnershipRule({
    roles: { coordinator: true, police_coordinator: grantOwnsSingleParty, reporter: grantOwnsSingleParty },
    public: "hidden",
  }),
  configure: partnershipRule({ roles: { administrator: true, coordinator: true }, public: "hidden" }),
});
