import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";

/** Pages of the workspace module. */
export const workspacePages = new Hono<AppEnv>();
