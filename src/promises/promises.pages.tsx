import { Hono } from "hono";
import {
  listPartnershipAreas,
  listPartnershipPeriods,
  listPartnerships,
} from "../partnerships/partnerships.service.js";
import type { AppEnv } from "../platform/http/env.js";
import { pageContext } from "../platform/http/page-context.js";
import { parseInput } from "../platform/http/parse.js";
import { PeriodCodeSchema, RefSchema } from "../platform/http/schemas.js";
import { getPromiseDetail } from "./get-promise.js";
import { listPromises } from "./list-promises.js";
import { HomePage } from "./views/home-page.js";
import { PromisePage } from "./views/promise-page.js";

/** Public pages for residents: server-rendered, no JavaScript. */
export const promisesPages = new Hono<AppEnv>()
  .get("/", async (c) => {
    const db = c.get("db");
    const viewer = c.get("viewer");
    const [partnerships, promises] = await Promise.all([
      listPartnerships({ db, viewer }),
      listPromises({ db, viewer }),
    ]);
    const groups = partnerships
      .map((p) => ({ partnershipName: p.name, promises: promises.filter((x) => x.partnershipId === p.id) }))
      .filter((g) => g.promises.length > 0);
    return c.html(<HomePage ctx={pageContext(c)} groups={groups} />);
  })
  .get("/loften/:ref", async (c) => {
    const ref = parseInput(RefSchema, c.req.param("ref"), { code: "invalid_ref", param: "ref" });
    const periodParam = c.req.query("period");
    const period =
      periodParam === undefined
        ? undefined
        : parseInput(PeriodCodeSchema, periodParam, { code: "invalid_query", param: "period" });
    const db = c.get("db");
    const viewer = c.get("viewer");
    const promise = await getPromiseDetail({ db, viewer, key: { ref }, ...(period ? { period } : {}) });
    const scope = { db, viewer, partnershipId: promise.partnershipId };
    const [periods, areas] = await Promise.all([listPartnershipPeriods(scope), listPartnershipAreas(scope)]);
    return c.html(<PromisePage ctx={pageContext(c)} model={{ promise, periods, areas }} />);
  });
