import { type Context, Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { PeriodCodeSchema, RefSchema, SlugSchema } from "../platform/http/schemas.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import type { PageContext } from "../platform/web/layout.js";
import { readPromisePreview } from "./preview.js";
import { readPublicHome, readPublicPromisePage } from "./public-readers.js";
import { HomePage } from "./views/home-page.js";
import { PromisePage } from "./views/promise-page.js";

/**
 * The context of a public page: language and address only. The viewer is always the resident, so
 * a signed-in staff member gets the same bytes as anyone else (and the page could be cached).
 */
function publicPageContext(c: Context<AppEnv>): PageContext {
  return { ...pageContext(c), viewer: PUBLIC_VIEWER, csrfToken: null };
}

const refOf = (c: Context<AppEnv>) =>
  parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });

function periodOf(c: Context<AppEnv>): string | undefined {
  const period = c.req.query("period");
  return period === undefined
    ? undefined
    : parseInput(PeriodCodeSchema, period, { code: "invalid_query", param: "period" });
}

/**
 * Public pages for residents (server-rendered, no JavaScript), read only through the public
 * readers; and the workspace preview of a promise page, drafts included, clearly marked.
 */
export const publishingPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const model = await readPublicHome(c.get("db"));
    return c.html(<HomePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/loften/:ref", async (c) => {
    const model = await readPublicPromisePage(c.get("db"), refOf(c), periodOf(c));
    return c.html(<PromisePage ctx={publicPageContext(c)} model={model} />);
  })
  .get("/arbete/:partnership/loften/:ref/forhandsvisning", async (c) => {
    const partnershipSlug = parseInput(SlugSchema, c.req.param("partnership"), {
      code: "invalid_ref",
      param: "partnership",
    });
    const ref = refOf(c);
    const period = periodOf(c);
    const model = await readPromisePreview({
      db: c.get("db"),
      viewer: c.get("viewer"),
      partnershipSlug,
      ref,
      ...(period ? { period } : {}),
    });
    const path = `/arbete/${partnershipSlug}/loften/${ref}/forhandsvisning`;
    return c.html(<PromisePage ctx={pageContext(c)} model={model} preview={{ path }} />);
  });
