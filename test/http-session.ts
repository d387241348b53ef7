import type { OpenAPIHono } from "@hono/zod-openapi";
import { DEMO_PASSWORD } from "../src/demo/accounts.js";
import type { AppEnv } from "../src/platform/http/env.js";

/**
 * Real sign-in over HTTP (no test override): POST /logga-in, keep the session cookie, read the
 * CSRF token from a signed-in page. For tests through `createApp` as a demo account.
 *
 * @example
 * const s = await signInOverHttp(app, DEMO_ACCOUNTS.coordinator.email);
 * await app.request("/konto/nycklar", s.post({ name: "x", lifetimeDays: "30" }));
 */
export interface HttpSession {
  cookie: string;
  csrf: string;
  /** A request init that carries the cookie (and any extra headers). */
  get(headers?: Record<string, string>): RequestInit;
  /** A form POST with the cookie and the CSRF field. */
  post(fields?: Record<string, string | string[]>): RequestInit;
}

type App = OpenAPIHono<AppEnv>;

/** The `name=value` of the session cookie a response sets, or null. */
export function sessionCookieOf(response: Response): string | null {
  const header = response.headers.get("Set-Cookie") ?? "";
  const match = /mbl_session=([^;]*)/.exec(header);
  return match?.[1] ? `mbl_session=${match[1]}` : null;
}

export function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields))
    for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
  return body;
}

export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no CSRF field on the page");
  return match[1];
}

export async function signInOverHttp(
  app: App,
  email: string,
  password = DEMO_PASSWORD,
): Promise<HttpSession> {
  const response = await app.request("/logga-in", {
    method: "POST",
    body: formBody({ email, password }),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  const cookie = sessionCookieOf(response);
  if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const page = await app.request("/byt-losenord", { headers: { Cookie: cookie } });
  const csrf = csrfOf(await page.text());
  return {
    cookie,
    csrf,
    get: (headers = {}) => ({ headers: { Cookie: cookie, ...headers } }),
    post: (fields = {}) => ({
      method: "POST",
      body: formBody({ _csrf: csrf, ...fields }),
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    }),
  };
}
