import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";

/**
 * Resolves who is making the request (session cookie or API token) and sets `viewer` and
 * `csrfToken`. Until sign-in exists every request is a resident.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("viewer", PUBLIC_VIEWER);
  c.set("csrfToken", null);
  await next();
};
