import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";

/** Pages of the accounts module. */
export const accountsPages = new Hono<AppEnv>();
