import { ALLOWED, customRule, definePolicy, refuse } from "../platform/policy.js";

/**
 * Partnerships are set up by whoever runs the installation (the command line); nobody signed in
 * to one partnership may create another, and signing in would not help the public either.
 */
export const partnershipsPolicy = definePolicy<{ create: undefined }>("partnerships", {
  create: customRule((viewer) => (viewer.kind === "system" ? ALLOWED : refuse("role"))),
});
