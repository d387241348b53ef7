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
 * to one partnership may create another, and signing in would not help the public either. A
 * partnership's administrator chooses its reporting rhythm (scheme, default deadline and
 * reminder days).
 */
export const partnershipsPolicy = definePolicy<{ create: undefined; configureReporting: InPartnership }>(
  "partnerships",
  {
    create: customRule((viewer) => (viewer.kind === "system" ? ALLOWED : refuse("role"))),
    configureReporting: partnershipRule({ roles: { administrator: true } }),
  },
);
