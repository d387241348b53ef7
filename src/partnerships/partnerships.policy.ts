import { definePolicy, type InPartnership, partnershipRule, systemRule } from "../platform/policy.js";

/**
 * Partnerships are set up by whoever runs the installation: the command line, or a signed-in
 * system administrator (in the interface and the API). Nobody signed in to one partnership may
 * create another, and signing in would not help the public either. A partnership's administrator
 * chooses its reporting rhythm (scheme, default deadline and reminder days).
 */
export const partnershipsPolicy = definePolicy<{
  create: undefined;
  configureReporting: InPartnership;
  setup: InPartnership;
}>("partnerships", {
  create: systemRule(),
  configureReporting: partnershipRule({ roles: { administrator: true }, public: "hidden" }),
  /**
   * A partnership's own setup (parties, units, people, areas, council goals, agreements, the setup
   * file): its administratör and samordnare; nobody else learns the setup pages exist.
   */
  setup: partnershipRule({ roles: { administrator: true, coordinator: true }, public: "hidden" }),
});
