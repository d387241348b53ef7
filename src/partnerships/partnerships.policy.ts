import { definePolicy, type InPartnership, partnershipRule, systemRule } from "../platform/policy.js";

/**
 * Partnerships are set up by whoever runs the installation: the command line, or a signed-in
 * system administrator (in the interface and the API). Nobody signed in to one partnership may
 * create another, and signing in would not help the public either. A partnership's administrator
 * chooses its reporting rhythm (scheme, default deadline and reminder days).
 */
export const partnershipsPolicy = definePolicy<{ create: undefined; configureReporting: InPartnership }>(
  "partnerships",
  {
    create: systemRule(),
    configureReporting: partnershipRule({ roles: { administrator: true } }),
  },
);
