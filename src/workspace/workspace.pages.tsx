import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { roundPages } from "./round.pages.js";

/** Pages of the workspace module: the follow-up round (round.pages.tsx). */
export const workspacePages = new Hono<AppEnv>().route("/", roundPages);
