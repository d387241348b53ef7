/**
 * The public safety-walk pages: `/<partnership>/trygghetsvandringar` and
 * `/<partnership>/trygghetsvandringar/<walk>`, read only through `public-walks.ts` and marked for
 * the published snapshot. Mounted before the promise page `/<partnership>/<ref>`, so the segment
 * is the walks' and not a promise reference.
 */
import { type Context, Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { IdSchema, SlugSchema } from "../platform/http/schemas.js";
import type { MessageKey } from "../platform/i18n/index.js";
import { renderSvgMap } from "../platform/maps/svg-map.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import type { PageContext } from "../platform/web/layout.js";
import { isReservedSegment } from "./public-paths.js";
import { markPublic } from "./public-snapshot.js";
import { readPublicWalk, readPublicWalks } from "./public-walks.js";
import { PublicWalkPage, PublicWalksPage } from "./views/walks-page.js";

const publicContext = (c: Context<AppEnv>): PageContext => ({
  ...pageContext(c),
  viewer: PUBLIC_VIEWER,
  csrfToken: null,
});

const slugOf = (c: Context<AppEnv>) => {
  const partnership = c.req.param("partnership") ?? "";
  if (isReservedSegment(partnership)) return null;
  return parseInput(SlugSchema, partnership, { code: "invalid_ref", param: "partnership" });
};

export const publicWalkPages = new Hono<AppEnv>()
  .get("/:partnership/trygghetsvandringar", async (c, next) => {
    const slug = slugOf(c);
    if (!slug) return next();
    const model = await readPublicWalks(c.get("db"), slug);
    markPublic(c);
    return c.html(<PublicWalksPage ctx={publicContext(c)} model={model} />);
  })
  .get("/:partnership/trygghetsvandringar/:walkId", async (c, next) => {
    const slug = slugOf(c);
    if (!slug) return next();
    const walkId = parseInput(IdSchema, c.req.param("walkId"), { code: "invalid_id", param: "walkId" });
    const model = await readPublicWalk(c.get("db"), slug, walkId);
    const ctx = publicContext(c);
    const { t } = ctx;
    const map = model.boundary
      ? renderSvgMap([{ name: model.areaName, boundary: model.boundary, highlight: true }], {
          id: "vandringskarta",
          title: t("walks.map.title", { area: model.areaName }),
          description: t("walks.map.desc"),
          markers: model.items
            .filter((f) => f.latitude !== null && f.longitude !== null)
            .map((f) => ({
              lon: f.longitude as number,
              lat: f.latitude as number,
              label: String(f.number),
              title: t("walks.map.marker", {
                number: f.number,
                category: t(`walks.category.${f.category}` as MessageKey),
                status: t(`walks.status.${f.status}` as MessageKey),
              }),
              open: f.status === "new" || f.status === "in_progress",
            })),
        })
      : null;
    markPublic(c);
    return c.html(<PublicWalkPage ctx={ctx} model={model} map={map} />);
  });
