import type { Context } from "hono";
import type { PageContext } from "../web/layout.js";
import type { AppEnv } from "./env.js";

/** The page context of a request: language, translator and URL. */
export function pageContext(c: Context<AppEnv>): PageContext {
  return {
    locale: c.get("locale"),
    t: c.get("t"),
    url: new URL(c.req.url),
    viewer: c.get("viewer"),
    csrfToken: c.get("csrfToken") ?? null,
  };
}
