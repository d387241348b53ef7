/**
 * Plans the matrix (every entry × role × scope, and the anonymous resident), computes each case's
 * expected answer from the declared policy tables, and runs a case over HTTP with a database
 * fingerprint around it.
 */
import type { Db } from "../../src/platform/db/client.js";
import { type Decision, declaredPolicies } from "../../src/platform/policy.js";
import { PUBLIC_VIEWER, ROLES, type Role, type Viewer } from "../../src/platform/viewer.js";
import { changedTables, fingerprint } from "./fingerprint.js";
import type {
  Actor,
  App,
  CaseContext,
  MatrixEntry,
  PointTarget,
  RequestSpec,
  Scope,
  Transport,
  World,
} from "./types.js";

/** What a case answers, as the grid prints it. */
export type Outcome = "allowed" | "401" | "303 /logga-in" | "403" | "404" | "422";

export interface PlannedCase {
  entry: MatrixEntry;
  role: Role | null;
  scope: Scope;
  ctx: CaseContext;
  decision: Decision;
  expected: Outcome;
}

/**
 * The member scopes of an entry for an actor: a party's point has own party, (for the
 * municipality's roles) own party in another unit, and other party; other targets one scope.
 */
export function memberScopes(entry: MatrixEntry, actor: Actor): Scope[] {
  if (entry.scoping !== "point") return ["own partnership"];
  return actor.partyKind === "municipality"
    ? ["own party", "own party, other unit", "other party"]
    : ["own party", "other party"];
}

function targetOf(actor: Actor | null, scope: Scope): PointTarget {
  const own = actor?.partyKind ?? "municipality";
  if (scope === "own party, other unit") return "municipalityOtherUnit";
  if (scope === "other party") return own === "police" ? "municipality" : "police";
  return own;
}

function policyNamed(name: string, lenient: boolean) {
  const policy = declaredPolicies().find((p) => p.name === name);
  if (!policy && lenient) return null;
  if (!policy) {
    const names = declaredPolicies().map((p) => p.name);
    throw new Error(`policy "${name}" is not declared (declared: ${names.join(", ")})`);
  }
  return policy;
}

/** The answer a decision means for this entry: the table's reason mapped to HTTP. */
export function outcomeOf(entry: MatrixEntry, decision: Decision, viewer: Viewer): Outcome {
  if (decision.allowed) return entry.notOwn ? "404" : "allowed";
  // A page asks the public to sign in, whatever the table's reason (a table that hides a
  // partnership's data from the public answers its API with 404 instead).
  if (viewer.kind === "public" && entry.via === "page") return "303 /logga-in";
  switch (decision.reason) {
    case "sign_in":
      return entry.via === "api" ? "401" : "303 /logga-in";
    case "not_member":
      return "404";
    default:
      return entry.refusedAs ? (String(entry.refusedAs.status) as Outcome) : "403";
  }
}

/** Every case of the catalog, with its expectation from the policy tables. */
export async function planCases(
  db: Db,
  world: World,
  actors: Actor[],
  catalog: readonly MatrixEntry[],
  /** While a table is not declared yet: plan its cases as allowed (to observe today's answers). */
  lenient = false,
): Promise<PlannedCase[]> {
  const cases: PlannedCase[] = [];
  let n = 0;
  const add = async (entry: MatrixEntry, actor: Actor | null, scope: Scope) => {
    n += 1;
    const ctx: CaseContext = {
      db,
      world,
      actor,
      viewer: actor?.principal ?? PUBLIC_VIEWER,
      scope,
      point: targetOf(actor, scope),
      caseId: `c${n}`,
    };
    let decision: Decision = { allowed: true };
    let refusedByGate = false;
    for (const rule of [...(entry.gates ?? []), entry]) {
      const policy = policyNamed(rule.policy, lenient);
      if (policy && rule.action in policy.rules)
        decision = policy.can(ctx.viewer, rule.action, await rule.resource(ctx));
      else if (!lenient)
        throw new Error(`policy "${rule.policy}" has no action "${rule.action}" (entry ${entry.id})`);
      if (!decision.allowed) {
        // A gate refuses before the entry's own rule: its answer is the plain one (403, not e.g. 422).
        refusedByGate = rule !== entry;
        break;
      }
    }
    cases.push({
      entry,
      role: actor?.role ?? null,
      scope,
      ctx,
      decision,
      expected: outcomeOf(refusedByGate ? { ...entry, refusedAs: undefined } : entry, decision, ctx.viewer),
    });
  };
  for (const entry of catalog) {
    await add(entry, null, "anonymous");
    for (const role of ROLES) {
      const member = actors.find((a) => a.role === role && a.home === "own");
      const outsider = actors.find((a) => a.role === role && a.home === "other");
      if (!member || !outsider) throw new Error(`no actors for ${role}`);
      for (const scope of memberScopes(entry, member)) await add(entry, member, scope);
      await add(entry, outsider, "other partnership");
    }
  }
  return cases;
}

const reasonOf = (c: PlannedCase) =>
  c.decision.allowed
    ? c.entry.notOwn
      ? " (allowed, but not the viewer's own)"
      : ""
    : ` (${c.decision.reason})`;

/** The expectation grid as text: one line per entry × role × scope. */
export function renderGrid(cases: PlannedCase[]): string {
  const lines = [
    "# Authorization matrix, generated from the declared policy tables (test/matrix/catalog.ts).",
    "# route · entry | role | scope → expected answer (the table's refusal reason)",
    "# 401 / 303 /logga-in: sign in first (API / pages); 404: not a member; 403: role or condition.",
  ];
  let last = "";
  for (const c of cases) {
    const rules = [...(c.entry.gates ?? []), c.entry].map((r) => `${r.policy}.${r.action}`).join(", then ");
    const head = `${c.entry.method} ${c.entry.route} · ${c.entry.id} [${rules}]`;
    if (head !== last) {
      lines.push("", head);
      last = head;
    }
    const who = (c.role ?? "—").padEnd(18);
    lines.push(`  ${who} | ${c.scope.padEnd(21)} → ${c.expected}${reasonOf(c)}`);
  }
  return `${lines.join("\n")}\n`;
}

export interface CaseResult {
  observed: string;
  status: number;
  problems: string[];
}

/**
 * Runs one case: prepares the target, fingerprints the database, sends the request, and checks
 * the answer. A refused case must leave every table (but sessions and sign-in attempts) as it was
 * and write no audit event; an allowed mutation must succeed and be audited.
 */
export async function runCase(
  app: App,
  c: PlannedCase,
  transport: Transport,
  options: { withoutCsrf?: boolean; expect?: Outcome } = {},
): Promise<CaseResult> {
  const { entry, ctx } = c;
  await entry.prepare?.(ctx);
  const spec = await entry.request(ctx);
  const before = await fingerprint(ctx.db);
  const response = await app.request(spec.path, requestInit(entry, spec, ctx.actor, transport, options));
  const body = await response.text();
  const observed = classify(c, response, body);
  const after = await fingerprint(ctx.db);
  const [seq, newSeq] = [before.auditSeq, after.auditSeq];
  const expected = options.expect ?? c.expected;
  const problems: string[] = [];
  if (observed !== expected) problems.push(`expected ${expected}, got ${observed}: ${snippet(body)}`);
  if (expected === "allowed") {
    if (!entry.read && newSeq === seq) problems.push("allowed, but no audit event was recorded");
  } else {
    const changed = changedTables(before, after);
    if (changed.length > 0) problems.push(`refused, but changed: ${changed.join(", ")}`);
    if (newSeq !== seq) problems.push(`refused, but ${newSeq - seq} audit event(s) were recorded`);
  }
  return { observed, status: response.status, problems };
}

function classify(c: PlannedCase, response: Response, body: string): string {
  const { status } = response;
  if (status === 302 || status === 303) {
    const location = response.headers.get("Location") ?? "";
    return location.startsWith("/logga-in") ? "303 /logga-in" : "allowed";
  }
  if (status >= 200 && status < 300) return "allowed";
  if (status === 422 && c.entry.refusedAs) {
    return body.includes(c.entry.refusedAs.marker(c.ctx)) ? "422" : "422 (another problem)";
  }
  return String(status);
}

function snippet(body: string): string {
  const json = /"message":"([^"]*)"/.exec(body)?.[1];
  if (json) return json;
  const heading = /<h1[^>]*>([^<]*)<\/h1>[\s\S]*?<p[^>]*>([^<]*)<\/p>/.exec(body);
  if (heading) return `${heading[1]} – ${heading[2]}`;
  return body.replace(/\s+/g, " ").slice(0, 200);
}

function requestInit(
  entry: MatrixEntry,
  spec: RequestSpec,
  actor: Actor | null,
  transport: Transport,
  options: { withoutCsrf?: boolean },
): RequestInit {
  const headers: Record<string, string> = {};
  let csrf: string | undefined;
  if (actor && transport === "bearer") headers.Authorization = `Bearer ${actor.apiToken}`;
  if (actor && transport === "session") {
    headers.Cookie = actor.session.cookie;
    if (entry.method !== "GET" && !options.withoutCsrf) csrf = actor.session.csrf;
  }
  if (entry.method === "GET") return { method: "GET", headers };
  let body: BodyInit | undefined;
  if (spec.form) {
    const form = new URLSearchParams();
    if (csrf) form.append("_csrf", csrf);
    for (const [k, v] of Object.entries(spec.form))
      for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
    body = form;
    headers["Content-Type"] = "application/x-www-form-urlencoded";
  } else if (spec.file) {
    const form = new FormData();
    if (csrf) form.append("_csrf", csrf);
    form.append("file", new File([spec.file.content], spec.file.name, { type: spec.file.type }));
    body = form;
  } else if (spec.raw) {
    body = spec.raw.content;
    headers["Content-Type"] = spec.raw.type;
    if (csrf) headers["X-CSRF-Token"] = csrf;
  } else if (spec.json !== undefined) {
    body = JSON.stringify(spec.json);
    headers["Content-Type"] = "application/json";
    if (csrf) headers["X-CSRF-Token"] = csrf;
  } else if (csrf) {
    headers["X-CSRF-Token"] = csrf;
  }
  return { method: entry.method, headers, ...(body !== undefined ? { body } : {}) };
}
