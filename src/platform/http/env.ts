import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Locale, Translate } from "../i18n/index.js";
import type { Viewer } from "../viewer.js";

/** What every request handler can read from the context (`c.get("db")`, …). */
export interface AppEnv {
  Variables: {
    db: Db;
    config: Config;
    viewer: Viewer;
    locale: Locale;
    t: Translate;
    /** The CSRF token to put in this request's forms (signed-in sessions only). */
    csrfToken: string | null;
    /** This request's id (X-Request-Id): on every log line, in error pages and API error bodies. */
    requestId: string;
  };
}
