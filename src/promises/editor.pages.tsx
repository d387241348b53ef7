import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";

/** Pages of the editor module. */
export const editorPages = new Hono<AppEnv>();
