import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.js";
import { validationHook } from "./errors.js";

/** A router whose routes validate with zod and document themselves in the OpenAPI document. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook as never });
}
export type Router = OpenAPIHono<AppEnv>;
