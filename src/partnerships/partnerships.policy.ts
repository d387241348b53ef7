import { definePolicy, systemRule } from "../platform/policy.js";

/**
 * Partnerships are set up by whoever runs the installation: the command line, or a signed-in
 * system administrator (in the interface and the API). Nobody signed in to one partnership may
 * create another, and signing in would not help the public either.
 */
export const partnershipsPolicy = definePolicy<{ create: undefined }>("partnerships", {
  create: systemRule(),
});
