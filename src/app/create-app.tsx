import { OpenAPIHono } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { authenticate } from "../accounts/authenticate.js";
import type { Config } from "../platform/config.js";
import type { Db } from "../platform/db/client.js";
import { AppError } from "../platform/errors.js";
import { requestBodyLimit } from "../platform/http/body-limit.js";
import type { AppEnv } from "../platform/http/env.js";
import { describeError } from "../platform/http/errors.js";
import { BEARER_AUTH, BEARER_AUTH_SCHEME } from "../platform/http/openapi-security.js";
import { pageContext } from "../platform/http/page-context.js";
import { readinessHandler } from "../platform/http/readiness.js";
import { requestId } from "../platform/http/request-id.js";
import { createRouter } from "../platform/http/router.js";
import { textRule } from "../platform/http/text-rule.js";
import { isLocale, isUiLocale, translator, type UiLocale } from "../platform/i18n/index.js";
import { routingPath, splitLocalePath } from "../platform/i18n/locale-path.js";
import type { Logger } from "../platform/log.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import { ErrorPage } from "../platform/web/error-page.js";
import { SITE_CSS } from "../platform/web/site-css.js";
import type { PublicSnapshot } from "../publishing/public-snapshot.js";
import { MODULES } from "./modules.js";

export interface AppDeps {
  db: Db;
  config: Config;
  log: Logger;
  /** Resolves the viewer; tests may pass one that signs in a given principal. */
  authenticate?: MiddlewareHandler<AppEnv>;
  /**
   * The published snapshot of public pages, with something that invalidates it (the server's
   * listener on `public_changed`); without one, public pages are rendered for every request.
   */
  snapshot?: PublicSnapshot;
}

export const API_BASE = "/api/v1";

/**
 * Assembles the HTTP application: headers, request context, the API with its OpenAPI document,
 * the pages, and the one place where errors become responses.
 */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  // Routes match the path without its language prefix (`/en/x` is `/x` in English).
  const app = new OpenAPIHono<AppEnv>({ getPath: routingPath });

  // First: a public page already in the snapshot is answered before anything else runs.
  if (deps.snapshot) app.use(deps.snapshot.middleware);
  app.use(requestId(deps.log));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    }),
  );
  app.use(async (c, next) => {
    c.set("db", deps.db);
    c.set("config", deps.config);
    c.set("viewer", PUBLIC_VIEWER);
    c.set("csrfToken", null);
    const requested = c.req.query("lang");
    const prefixed = splitLocalePath(new URL(c.req.url).pathname).locale;
    const locale = prefixed ?? (isLocale(requested) ? requested : negotiate(c, deps.config.defaultLocale));
    c.set("locale", locale);
    c.set("t", translator(locale));
    if (requested !== undefined && !isLocale(requested)) {
      throw new AppError("invalid_query", { param: "lang", value: requested });
    }
    await next();
    c.header("Content-Language", locale);
  });

  app.use(requestBodyLimit(MODULES.flatMap((m) => m.bodyLimits ?? [])));
  // Before anything reads a text (authentication reads a form's `_csrf`): no NUL, no huge texts.
  app.use(textRule);
  // Anonymous public forms a module declares (`sessionless`) are served as the public, whoever is
  // signed in: no session, so no CSRF token (the route checks the origin itself).
  const resolveViewer = deps.authenticate ?? authenticate;
  const sessionless = MODULES.flatMap((m) => m.sessionless ?? []);
  app.use((c, next) => {
    if (!sessionless.some((path) => path.test(c.req.path))) return resolveViewer(c, next);
    c.set("viewer", PUBLIC_VIEWER);
    c.set("csrfToken", null);
    return next();
  });

  app.get("/healthz", async (c) => {
    await deps.db.execute(sql`select 1`);
    return c.json({ status: "ok" });
  });
  app.get("/readyz", readinessHandler({ db: deps.db, chromiumPath: deps.config.chromiumPath }));
  app.get("/assets/site.css", (c) =>
    c.body(SITE_CSS, 200, {
      "Content-Type": "text/css; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    }),
  );

  const api = createRouter();
  for (const module of MODULES) if (module.api) api.route("/", module.api);
  api.openAPIRegistry.registerComponent("securitySchemes", BEARER_AUTH, BEARER_AUTH_SCHEME);
  api.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Medborgarlöfte API",
      version: "1",
      description:
        "API for citizen promises (medborgarlöften). Public operations (`security: []`) read what residents see: partnerships, parties, areas, promises, points, follow-ups and progress. Staff operations (the follow-up round, spreadsheets, report-backs, the outbox) take a personal API token as `Authorization: Bearer mbl_…`. Errors are `{ error: { code, message } }`.",
      license: {
        name: "EUPL-1.2",
        url: "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12",
      },
    },
    servers: [{ url: API_BASE }],
  });
  app.route(API_BASE, api);
  for (const module of MODULES) if (module.pages) app.route("/", module.pages);

  app.notFound((c) =>
    respondWithError(c, new AppError("not_found", { entity: "route", value: c.req.path }), deps),
  );
  app.onError((error, c) => respondWithError(c, error, deps));
  return app;
}

function respondWithError(c: Context<AppEnv>, error: unknown, deps: AppDeps): Response | Promise<Response> {
  const t = c.get("t") ?? translator(deps.config.defaultLocale);
  const described = describeError(error, t);
  if (described.status >= 500) deps.log.error(`${c.req.method} ${c.req.path}`, error);
  const status = described.status as 400;
  const isApi = c.req.path.startsWith(`${API_BASE}/`) || c.req.path === API_BASE;
  if (!isApi && described.code === "unauthorized") {
    return c.redirect(`/logga-in?next=${encodeURIComponent(c.req.path + new URL(c.req.url).search)}`, 303);
  }
  if (isApi) {
    const { code, message, details } = described;
    const id = c.get("requestId");
    return c.json(
      {
        error: {
          code,
          message,
          ...(details !== undefined ? { details } : {}),
          ...(id ? { requestId: id } : {}),
        },
      },
      status,
    );
  }
  if (!c.get("locale")) c.set("locale", deps.config.defaultLocale);
  if (!c.get("t")) c.set("t", t);
  if (!c.get("viewer")) c.set("viewer", PUBLIC_VIEWER);
  return c.html(
    <ErrorPage
      ctx={pageContext(c)}
      status={described.status}
      code={described.code}
      message={described.message}
      requestId={c.get("requestId")}
    />,
    status,
  );
}

/**
 * The API answers in English when the client prefers it; pages take their language from the
 * address (`/en/…`; `?lang=` still works for the workspace and old links).
 */
function negotiate(c: Context<AppEnv>, fallback: UiLocale): UiLocale {
  if (!c.req.path.startsWith(API_BASE)) return fallback;
  const header = c.req.header("Accept-Language") ?? "";
  const first = header.split(",")[0]?.trim().slice(0, 2).toLowerCase();
  return isUiLocale(first) ? first : fallback;
}
