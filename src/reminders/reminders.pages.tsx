import { Hono } from "hono";
import type { AppEnv } from "../platform/http/env.js";

/** Pages of the reminders module. */
export const remindersPages = new Hono<AppEnv>();
