/**
 * How an API operation is authorized, as the OpenAPI document declares it. Every `createRoute`
 * sets `security` to one of these (src/app/openapi-contract.test.ts fails on a route that does not):
 * - `PUBLIC_ACCESS`: anyone, no credentials; the answer is what residents see.
 * - `STAFF_ACCESS`: a personal API token as `Authorization: Bearer mbl_…`. A browser's session
 *   cookie (with its CSRF token on writes) works too, but the API's contract is the bearer token.
 */
export const BEARER_AUTH = "bearerAuth";

/** The security scheme `STAFF_ACCESS` refers to; src/app/create-app.tsx registers it once. */
export const BEARER_AUTH_SCHEME = {
  type: "http",
  scheme: "bearer",
  description:
    "A personal API token (mbl_…), created by the account at /konto/nycklar and sent as `Authorization: Bearer <token>`. The browser's session cookie works too, but programs use the token.",
} as const;

type SecurityRequirement = Record<string, string[]>;

/** Public operation: no credentials (an empty security requirement list). */
export const PUBLIC_ACCESS: SecurityRequirement[] = [];

/** Staff operation: a bearer token; the operation's own rules then decide what the account may. */
export const STAFF_ACCESS: SecurityRequirement[] = [{ [BEARER_AUTH]: [] }];
