/**
 * Who may do what with the lägesbild and the åtgärdsplan, in one table (see platform/policy.ts).
 * Every role of the partnership reads them (they hold aggregated figures and analysis, no personal
 * data); the samordnare, the kommunpolis and the administratör write them. Residents see neither
 * through this policy: what is public goes through the publishing boundary.
 */
import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

const WRITERS = { administrator: true, coordinator: true, police_coordinator: true } as const;

export const preventionPolicy = definePolicy<{
  read: InPartnership;
  edit: InPartnership;
  followUp: InPartnership;
}>("prevention", {
  /** The lägesbild, the åtgärdsplan and their documents. */
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  /** The summaries, the problems with their analysis and police figures, the measures and their links. */
  edit: partnershipRule({ roles: WRITERS, public: "hidden" }),
  /** A measure's status in a reporting period (one that is not a promise point). */
  followUp: partnershipRule({ roles: WRITERS, public: "hidden" }),
});
