import { definePolicy, EVERY_ROLE, type InPartnership, partnershipRule } from "../platform/policy.js";

/**
 * Survey indicators (trygghetsmätning, NTU). Every member of the partnership reads them in the
 * workspace (the figures are published aggregates; residents see them through the publishing
 * boundary, with small groups suppressed). Importing a results file, which adds and replaces
 * values, is for those who own the evidence work: administratör, samordnare and kommunpolis.
 */
export const indicatorsPolicy = definePolicy<{
  read: InPartnership;
  import: InPartnership;
}>("indicators", {
  read: partnershipRule({ roles: EVERY_ROLE, public: "hidden" }),
  import: partnershipRule({
    roles: { administrator: true, coordinator: true, police_coordinator: true },
    public: "hidden",
  }),
});
