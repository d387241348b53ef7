/**
 * What a module plugs into the application. Each module exports one of these from its
 * `module.ts`; the composition root (`src/app/modules.ts`) lists them and assembles the API, the
 * pages, the texts, the jobs and the menu from the list. Nothing in `platform/` imports a module.
 *
 * Tables are not listed here: drizzle-kit finds every `*.schema.ts`, and repositories import the
 * tables they use. The demo (`src/demo/`) is a leaf whose parts may use any module; no module
 * imports it.
 */
import type { Hono } from "hono";
import type { Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Executor } from "./db/client.js";
import type { BodyLimit } from "./http/body-limit.js";
import type { AppEnv } from "./http/env.js";
import type { Router } from "./http/router.js";
import type { Messages } from "./i18n/define.js";
import type { MessageKey } from "./i18n/index.js";
import type { AnyJobDefinition } from "./jobs/job.js";
import type { Role } from "./viewer.js";

/** One entry of the workspace menu; `roles` says who sees it (the policies decide what they may do). */
export interface MenuEntry {
  path: (slug: string) => string;
  label: MessageKey;
  roles: readonly Role[] | "all";
  /** Position in the menu, lowest first (the daily work first, administration last). */
  order: number;
}

/**
 * Schedules a module's recurring jobs for today (idempotent; called by every scheduler tick). The
 * configuration is passed by the scheduler and `jobs:run` (a schedule that depends on it, such as
 * the nightly backup, schedules nothing without it).
 */
export type DailySchedule = (ex: Executor, clock: Clock, config?: Config) => Promise<void>;

export interface AppModule {
  name: string;
  /** OpenAPI routes, mounted under /api/v1. */
  api?: Router;
  /** Server-rendered pages, mounted at /. */
  pages?: Hono<AppEnv>;
  /** Interface texts (Swedish and English). */
  messages?: Messages;
  /** Kinds of background job the runner may run. */
  jobs?: readonly AnyJobDefinition[];
  /** Recurring jobs scheduled each day. */
  daily?: DailySchedule;
  /** Workspace menu entries. */
  menu?: readonly MenuEntry[];
  /** Paths that accept a larger body than a form (uploads), checked before anything reads it. */
  bodyLimits?: readonly BodyLimit[];
  /**
   * Paths of anonymous public forms, served as the public whoever is signed in: the session is
   * not read, so no CSRF token is asked (a cached public page cannot carry one); the route checks
   * the origin itself.
   */
  sessionless?: readonly RegExp[];
}
