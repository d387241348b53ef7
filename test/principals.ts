import type { MiddlewareHandler } from "hono";
import { DEMO_PARTNERSHIP_ID } from "../src/demo/load-demo.js";
import { PARTY } from "../src/demo/skaggetorp-2017-ids.js";
import type { AppEnv } from "../src/platform/http/env.js";
import { isPartyBound, type Principal, type Role } from "../src/platform/viewer.js";

/** The CSRF token that `signedInAs` puts in every request's context. */
export const TEST_CSRF = "test-csrf-token";

/**
 * A principal holding one role, in the demo partnership unless told otherwise. Reporters default
 * to the municipality. For service tests and for `createTestApp({ as })`.
 */
export function principal(
  role: Role,
  options: { partnershipId?: string; partyId?: string | null; unitIds?: string[]; accountId?: string } = {},
): Principal {
  const partyId = isPartyBound(role) ? (options.partyId ?? PARTY.municipality) : null;
  return {
    kind: "account",
    accountId: options.accountId ?? `00000000-0000-4000-8000-${role.length.toString().padStart(12, "0")}`,
    personId: null,
    name: `Test ${role}`,
    email: `${role}@example.se`,
    grants: [
      {
        partnershipId: options.partnershipId ?? DEMO_PARTNERSHIP_ID,
        role,
        partyId,
        unitIds: options.unitIds ?? [],
      },
    ],
    mustChangePassword: false,
  };
}

/** An authenticate middleware that signs every request in as the given principal (tests only). */
export function signedInAs(who: Principal): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set("viewer", who);
    c.set("csrfToken", TEST_CSRF);
    await next();
  };
}
