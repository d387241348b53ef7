/**
 * Who may do what with the lägesbild and the åtgärdsplan, in one table (see platform/policy.ts).
 * Every role of the partnership reads them (they hold aggregated figures and analysis, no personal
 * data); the samordnare, the kommunpolis and the administratör write them. A measure that is not a
 * promise point is followed up by its owners in the round, as a point is: by the round's
 * point-ownership rule (`grantWritesPoint`, followups.policy.ts), seeing the measure as a point with
 * one responsible party and no unit (`grantOwnsSingleParty`, as the walks' findings) — the rapportör of that party, the
 * kommunpolis for the police's — and by the samordnare and the administratör. A measure without a
 * responsible party is followed up by the writers only. Residents see neither through this policy:
 * what is public goes through the publishing boundary.
 */
import { grantOwnsSingleParty } from "../followups/followups.policy.js";
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";
import type { RoleGrant } from "../platform/viewer.js";

const WRITERS = { administrator: true, coordinator: true, police_coordinator: true } as const;

/** The ownership facts of a measure: its responsible party (and the party's kind), if any. */
export interface MeasureOwnership extends InPartnership {
  responsiblePartyId: string | null;
  /** The party's kind (`police` for the police; anything else counts as the municipality's side). */
  responsiblePartyKind: string | null;
}

/** Whether the grant owns the measure by the round's point-ownership rule (no party: nobody). */
export function ownsMeasure(grant: RoleGrant, measure: MeasureOwnership): boolean {
  if (measure.responsiblePartyId === null) return false;
  return grantOwnsSingleParty(grant, {
    partnershipId: measure.partnershipId,
    responsiblePartyId: measure.responsiblePartyId,
    responsiblePartyKind: measure.responsiblePartyKind ?? "",
    unitId: null,
  });
}

export const preventionPolicy = definePolicy<{
  read: InPartnership;
  edit: InPartnership;
  followUp: MeasureOwnership;
}>("prevention", {
  /** The lägesbild, the åtgärdsplan and their documents. */
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  /** The summaries, the problems with their analysis and police figures, the measures and their links. */
  edit: partnershipRule({ roles: WRITERS, public: "hidden" }),
  /**
   * A measure's status in a reporting period (one that is not a promise point): its owners, the
   * samordnare and the administratör; the kommunpolis the police's measures and those without a
   * responsible party (as a writer of the åtgärdsplan).
   */
  followUp: partnershipRule({
    roles: {
      administrator: true,
      coordinator: true,
      police_coordinator: (grant, measure) =>
        measure.responsiblePartyId === null || ownsMeasure(grant, measure),
      reporter: ownsMeasure,
    },
    public: "hidden",
  }),
});
