import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { type Logger, withRequestId } from "../log.js";
import type { AppEnv } from "./env.js";

/** An incoming X-Request-Id is kept when it looks like an id (a proxy's or a client's); else a new one. */
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Paths polled by load balancers and orchestrators: logged at debug, not info. */
const PROBES = new Set(["/healthz", "/readyz"]);

/**
 * Gives each request an id: taken from a sane `X-Request-Id` or generated, echoed in the response
 * header, attached to every log line written while the request is handled (AsyncLocalStorage),
 * shown on error pages and in API error bodies so that a resident can quote it. Logs one line
 * per request with method, path, status and duration.
 */
export function requestId(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("X-Request-Id");
    const id = incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
    c.set("requestId", id);
    const started = performance.now();
    await withRequestId(id, async () => {
      await next();
      c.header("X-Request-Id", id);
      const line = {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      };
      if (PROBES.has(c.req.path)) log.debug("request", line);
      else log.info("request", line);
    });
  };
}
