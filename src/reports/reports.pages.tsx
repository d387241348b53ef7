import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";

/** Pages of the reports module. */
export const reportsPages = new Hono<AppEnv>();
