import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { AppError } from "../platform/errors.js";
import type { AppEnv } from "../platform/http/env.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import { resolveApiToken } from "./api-tokens.js";
import { csrfTokenOf, isValidCsrfToken } from "./secrets.js";
import { resolveSession, SESSION_TTL_MS } from "./sessions.js";

export const SESSION_COOKIE = "mbl_session";
export const CHANGE_PASSWORD_PATH = "/byt-losenord";
export const SIGN_OUT_PATH = "/logga-ut";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Sets the session cookie: HttpOnly, Secure, SameSite=Lax, whole site, 12 h (renewed as it slides). */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "Lax",
    path: "/",
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: "/", secure: true, httpOnly: true, sameSite: "Lax" });
}

/** The session token the request carries, if any. */
export function sessionTokenOf(c: Context<AppEnv>): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined;
}

/**
 * The client's address: with TRUST_PROXY the last X-Forwarded-For entry (appended by our proxy),
 * otherwise the socket's; "unknown" when there is none (in-process requests).
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (c.get("config").trustProxy) {
    const forwarded = c.req.header("X-Forwarded-For")?.split(",").pop()?.trim();
    if (forwarded) return forwarded.slice(0, 100);
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

function isApi(c: Context<AppEnv>): boolean {
  return c.req.path === "/api/v1" || c.req.path.startsWith("/api/v1/");
}

/**
 * False when the browser says the request comes from another site: `Sec-Fetch-Site` other than
 * same-origin/none, or an `Origin` naming another host than the request's own (`Host`, or
 * `X-Forwarded-Host` behind a trusted proxy) or PUBLIC_URL's. With our `Referrer-Policy:
 * no-referrer` some browsers send `Origin: null` for same-origin posts, so "null" alone decides
 * nothing; a request with neither header (an API client, an old browser) is left to the CSRF token.
 */
export function isSameOrigin(c: Context<AppEnv>): boolean {
  const site = c.req.header("Sec-Fetch-Site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = c.req.header("Origin");
  if (!origin || origin === "null") return true;
  const config = c.get("config");
  const forwardedHost = config.trustProxy ? c.req.header("X-Forwarded-Host") : undefined;
  const hosts = new Set([forwardedHost ?? c.req.header("Host") ?? new URL(c.req.url).host]);
  try {
    hosts.add(new URL(config.publicUrl).host);
    return hosts.has(new URL(origin).host);
  } catch {
    return false;
  }
}

/** The CSRF token a state-changing request presents: header, or form field `_csrf`. */
async function presentedCsrf(c: Context<AppEnv>): Promise<string | undefined> {
  const header = c.req.header("X-CSRF-Token");
  if (header) return header;
  const type = c.req.header("Content-Type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data"))
    return undefined;
  // Hono caches the parsed body, so the route can read it again.
  const body = await c.req.parseBody();
  const value = body._csrf;
  return typeof value === "string" ? value : undefined;
}

/**
 * Resolves who is making the request and guards it:
 * - `Authorization: Bearer mbl_…` → that token's account (no CSRF: a bearer token is never
 *   sent by a browser on its own); an unusable token is 401, not "public".
 * - cookie `mbl_session` → that session's account, with the CSRF token for its forms; every
 *   POST/PUT/PATCH/DELETE must come from this site (`isSameOrigin`) and present that token, else
 *   403 `csrf_invalid`.
 * - neither → the public.
 * An account that must change its password is sent to /byt-losenord (pages, 303) or refused
 * with `password_change_required` (API) until it has.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("viewer", PUBLIC_VIEWER);
  c.set("csrfToken", null);
  // The stylesheet and the health check need no viewer: spare them the session lookup.
  if (c.req.path.startsWith("/assets/") || c.req.path === "/healthz" || c.req.path === "/readyz")
    return next();
  const db = c.get("db");
  const authorization = c.req.header("Authorization");
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const principal = match ? await resolveApiToken({ db, token: match[1] as string }) : null;
    if (!principal) throw new AppError("unauthorized", { entity: "token" });
    c.set("viewer", principal);
  } else {
    const token = sessionTokenOf(c);
    const session = token ? await resolveSession({ db, token }) : null;
    if (token && !session) clearSessionCookie(c);
    if (token && session) {
      c.set("viewer", session.principal);
      c.set("csrfToken", csrfTokenOf(session.csrfSecret));
      if (session.extended) setSessionCookie(c, token);
      if (
        !SAFE_METHODS.has(c.req.method) &&
        (!isSameOrigin(c) || !isValidCsrfToken(session.csrfSecret, await presentedCsrf(c)))
      )
        throw new AppError("csrf_invalid");
    }
  }
  const viewer = c.get("viewer");
  if (viewer.kind === "account" && viewer.mustChangePassword) {
    const path = c.req.path;
    const allowed = path === CHANGE_PASSWORD_PATH || path === SIGN_OUT_PATH || path.startsWith("/assets/");
    if (!allowed) {
      if (isApi(c)) throw new AppError("password_change_required");
      return c.redirect(CHANGE_PASSWORD_PATH, 303);
    }
  }
  await next();
};
