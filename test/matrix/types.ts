import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Db } from "../../src/platform/db/client.js";
import type { AppEnv } from "../../src/platform/http/env.js";
import type { Principal, Role, Viewer } from "../../src/platform/viewer.js";
import type { HttpSession } from "../http-session.js";

export type App = OpenAPIHono<AppEnv>;

/** Where an actor holds its role: the target's partnership, or another one. */
export type Home = "own" | "other";

export interface Actor {
  role: Role;
  home: Home;
  accountId: string;
  email: string;
  /** The viewer the server resolves for this account (what the policy is asked about). */
  principal: Principal;
  session: HttpSession;
  /** A personal API token (`Authorization: Bearer …`). */
  apiToken: string;
  /**
   * The kind of party the actor works for. Reporters are bound to the municipality (in the demo
   * partnership also to its culture unit); the kommunpolis (police coordinator) writes for the
   * police; the other roles are not bound to a party and count as the municipality's.
   */
  partyKind: "municipality" | "police";
}

/** A second partnership's id and parties (created with the service the CLI uses). */
export interface OtherPartnership {
  id: string;
  slug: string;
  municipalityPartyId: string;
  policePartyId: string;
}

export interface World {
  other: OtherPartnership;
  /** Every matrix account's password, and its hash (to reset it after an own-password change). */
  password: string;
  passwordHash: string;
  /** Import files: one follow-up row of 2026-T3 for each target point. */
  importCsv: Record<PointTarget, string>;
  /** Import files for the draft promise: the target point's row with a new text. */
  importPointCsv: Record<PointTarget, string>;
}

/**
 * Where the actor stands towards the target:
 * - `own party`: a member of the target's partnership, and the target point is its party's (for
 *   the unit-bound reporter: of its unit)
 * - `own party, other unit`: the target point is its party's, in another unit (municipality roles)
 * - `other party`: a member, but the target point is another party's
 * - `own partnership`: a member (for targets that are not a party's: periods, promises, reports…)
 * - `other partnership`: holds the same role, but only in another partnership
 * - `anonymous`: not signed in
 */
export type Scope =
  | "own party"
  | "own party, other unit"
  | "other party"
  | "own partnership"
  | "other partnership"
  | "anonymous";

/**
 * The points a case may target, by who is responsible: the municipality's in the culture unit
 * (where the unit-bound reporter works), the municipality's in the planning unit, the police's.
 */
export type PointTarget = "municipality" | "municipalityOtherUnit" | "police";

export const kindOf = (target: PointTarget): "municipality" | "police" =>
  target === "police" ? "police" : "municipality";

/** How a request reaches the server: the browser's way (session cookie + CSRF token) or a token. */
export type Transport = "session" | "bearer";

export interface CaseContext {
  db: Db;
  world: World;
  /** Null for the anonymous resident. */
  actor: Actor | null;
  viewer: Viewer;
  scope: Scope;
  /** The point targeted (own party: the actor's party's; other party: another party's). */
  point: PointTarget;
  /** Unique per case, for values that must not collide (refs, e-mail addresses). */
  caseId: string;
}

/** What to send. Page forms get the CSRF field, API calls the X-CSRF-Token header. */
export interface RequestSpec {
  path: string;
  form?: Record<string, string | string[]>;
  json?: unknown;
  /** A file upload (multipart/form-data, field `file`). */
  file?: { name: string; type: string; content: string };
  /** A raw request body (the API import takes the CSV itself). */
  raw?: { type: string; content: string };
}

/**
 * One mutation (or sensitive read) of the application, and the rule that governs it. The expected
 * answer of every case is `policy.can(viewer, action, resource)` of the declared policy.
 */
export interface MatrixEntry {
  /** Short unique name, shown in the grid. */
  id: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as the app registers it (`app.routes`), for the completeness check. */
  route: string;
  via: "page" | "api";
  policy: string;
  action: string;
  /** The resource the policy is asked about (reads the target's facts; no state change). */
  resource(ctx: CaseContext): Promise<unknown> | unknown;
  /**
   * Rules the service asks first (e.g. the import finds its promise through the promise table
   * before it asks the round table about each row): the first refusal decides.
   */
  gates?: { policy: string; action: string; resource(ctx: CaseContext): Promise<unknown> | unknown }[];
  /** Targets a party's point (own/other party scopes) or the partnership as a whole. */
  scoping: "point" | "partnership";
  /** Puts the target in the state the action needs (run before every case). */
  prepare?(ctx: CaseContext): Promise<void>;
  request(ctx: CaseContext): Promise<RequestSpec> | RequestSpec;
  /**
   * The target belongs to another account (someone else's API token): what the table allows is
   * still "not found" (404), as the services look only among the viewer's own.
   */
  notOwn?: true;
  /** Reads record no audit event; every mutation does. */
  read?: true;
  /**
   * How a refusal for the role or a condition is answered when it is not 403: the import answers
   * 422 with a problem per refused row (all or nothing), and the marker identifies that problem.
   */
  refusedAs?: { status: number; marker: (ctx: CaseContext) => string };
}
