import { ALLOWED, customRule, definePolicy, refuse, systemRule } from "../platform/policy.js";

/**
 * The installation's own administration (not any partnership's): its system administrators see
 * every partnership and invite a partnership's first administrator. Holding this opens no
 * partnership's data: their promises, follow-ups and accounts stay with the partnership's roles.
 */
export const systemPolicy = definePolicy<{ administer: undefined; inviteSystemAdministrator: undefined }>(
  "system",
  {
    /** The partnerships of the installation, their administrators, inviting a first administrator. */
    administer: systemRule(),
    /** A new system administrator: the command line only (how an empty installation gets its first). */
    inviteSystemAdministrator: customRule((viewer) => (viewer.kind === "system" ? ALLOWED : refuse("role"))),
  },
);
