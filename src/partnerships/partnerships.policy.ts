import {
  ALLOWED,
  customRule,
  definePolicy,
  type InPartnership,
  partnershipRule,
  refuse,
} from "../platform/policy.js";

/**
 * Partnerships are set up by whoever runs the installation (the command line); nobody signed in
 * to one partnership may create another, and signing in would not help the public either.
 */
export const partnershipsPolicy = definePolicy<{ create: undefined; setup: InPartnership }>("partnerships", {
  create: customRule((viewer) => (viewer.kind === "system" ? ALLOWED : refuse("role"))),
  /**
   * A partnership's own setup (parties, units, people, areas, council goals, agreements, the setup
   * file): its administratör and samordnare; nobody else learns the setup pages exist.
   */
  setup: partnershipRule({ roles: { administrator: true, coordinator: true }, public: "hidden" }),
});
