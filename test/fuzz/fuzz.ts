/**
 * The fuzz suite's targets and generators (issue 12). Targets: every operation of the OpenAPI
 * document the app serves (path parameters filled with real ids of the seeded database) and every
 * form POST of the authorization-matrix catalog (its own list of the forms, reused here), plus
 * sign-in. Each is sent as a real signed-in user (session cookie + CSRF token) and, for the API,
 * also with a personal API token. Bodies are generated: wrong types, huge strings, deep nesting,
 * NUL and other control characters, RTL text, SQL and HTML fragments.
 */
import fc from "fast-check";
import { DEMO_DIALOGUE, DEMO_FINDING } from "../../src/demo/dialogues-2016.js";
import { ROUND_2026_POINT, ROUND_2026_PROMISE } from "../../src/demo/round-2026-ids.js";
import { DEMO_FINDING as DEMO_WALK_FINDING, DEMO_WALK_ID } from "../../src/demo/safety-walk-2016.js";
import { AREA, DEMO_PARTNERSHIP_ID } from "../../src/demo/skaggetorp-2017-ids.js";
import type { Db } from "../../src/platform/db/client.js";
import { CATALOG } from "../matrix/catalog.js";
import { OUTBOX_MAIL, periodId } from "../matrix/fixtures.js";
import type { Actor, App, CaseContext, World } from "../matrix/types.js";

export interface Target {
  /** e.g. `POST /api/v1/periods/{periodId}/close` or the catalog entry's id. */
  name: string;
  method: string;
  path: string;
  kind: "json" | "form" | "multipart" | "none";
  /** Field or property names the route knows (generated bodies use them, and others). */
  fields: string[];
  /** Query parameters the operation declares. */
  query: string[];
  /** A valid body from the matrix catalog, when it has one: generated cases also mutate it. */
  base?: Record<string, unknown>;
  /** The API takes a bearer token as well as the session. */
  api: boolean;
  /** The actor whose session (and token) sends it; null for sign-in (sent without a session). */
  actor: Actor | null;
}

const NASTY = [
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31m",
  "\r\n",
  "' OR '1'='1",
  "'; DROP TABLE promises; --",
  "\\",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום",
  "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🦊 Å\u030A",
  "\uFEFF",
  "\uD800",
  "%00",
  "../../etc/passwd",
  "${7*7}{{7*7}}",
  "-1",
  "0",
  "1e309",
  "NaN",
  "9007199254740993",
  "",
  " ",
  "2026-T3",
  "2026-13-45",
  "true",
  "null",
  "[]",
  "{}",
  "3f1c2a9e-5b7d-4e2f-9a61-0c8d4b2e7f15",
  "00000000-0000-0000-0000-000000000000",
];

/** A text to send: anything fast-check makes (all of Unicode, control characters included), a nasty constant, or a huge one. */
export const nastyString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom("x", "å", "' OR 1=1 ", "<b>", "\u0000"),
          fc.integer({ min: 300, max: 120_000 }),
        )
        .map(([s, n]) => s.repeat(Math.ceil(n / s.length))),
    },
  );

/** Any JSON value, wrong types included, nesting a few levels. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      nastyString(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(nastyString(), tie("value"), { maxKeys: 4 }),
    ),
  })).value;

/** An object with some of the route's own properties (with any values) and maybe others. */
const jsonBody = (fields: string[], base?: Record<string, unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    // The catalog's valid body with one property replaced: gets past validation into the services.
    ...(base && Object.keys(base).length > 0
      ? [
          fc
            .tuple(fc.constantFrom(...Object.keys(base)), anyJson())
            .map(([key, value]) => ({ ...base, [key]: value })),
        ]
      : []),
    fc
      .tuple(
        fc.subarray(fields),
        fc.array(anyJson(), { minLength: fields.length, maxLength: fields.length }),
        fc.dictionary(nastyString(), anyJson(), { maxKeys: 2 }),
      )
      .map(([chosen, values, extra]) => ({
        ...extra,
        ...Object.fromEntries(chosen.map((f) => [f, values[fields.indexOf(f)]])),
      })),
    anyJson(),
  );

/** A body: an object, raw text that is not JSON, or nesting thousands of levels deep. */
export type Body =
  | { type: "json"; value: unknown }
  | { type: "raw"; contentType: string; text: string }
  | { type: "form"; fields: Record<string, string | string[]> }
  | { type: "multipart"; fields: Record<string, string | string[]>; file: Uint8Array | null };

const deep = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.constantFrom("[", '{"a":'))
  .map(([n, open]): Body => {
    const close = open === "[" ? "]" : "}";
    return { type: "raw", contentType: "application/json", text: `${open.repeat(n)}1${close.repeat(n)}` };
  });

const formFields = (
  fields: string[],
  base?: Record<string, unknown>,
): fc.Arbitrary<Record<string, string | string[]>> => {
  const generated = fc
    .tuple(
      fc.subarray(fields),
      fc.array(fc.oneof(nastyString(), fc.array(nastyString(), { maxLength: 3 })), {
        minLength: fields.length,
        maxLength: fields.length,
      }),
      fc.dictionary(
        fc.oneof(nastyString(), fc.constantFrom("links.0.url", "choices.999999.reason", "a.b.c.d")),
        nastyString(),
        { maxKeys: 2 },
      ),
    )
    .map(([chosen, values, extra]) => ({
      ...extra,
      ...Object.fromEntries(chosen.map((f) => [f, values[fields.indexOf(f)] as string | string[]])),
    }));
  if (!base || fields.length === 0) return generated;
  // Or the catalog's valid form with one field replaced (gets past validation into the services).
  const valid = base as Record<string, string | string[]>;
  const mutated = fc
    .tuple(fc.constantFrom(...fields), fc.oneof(nastyString(), fc.array(nastyString(), { maxLength: 3 })))
    .map(([key, value]) => ({ ...valid, [key]: value }));
  return fc.oneof(generated, mutated);
};

export function bodyFor(target: Target): fc.Arbitrary<Body> {
  switch (target.kind) {
    case "json":
      return fc.oneof(
        {
          weight: 6,
          arbitrary: jsonBody(target.fields, target.base).map((value): Body => ({ type: "json", value })),
        },
        { weight: 1, arbitrary: deep },
        {
          weight: 1,
          arbitrary: nastyString().map(
            (text): Body => ({ type: "raw", contentType: "application/json", text }),
          ),
        },
      );
    case "form":
      return formFields(target.fields, target.base).map((fields): Body => ({ type: "form", fields }));
    case "multipart":
      return fc
        .tuple(formFields(target.fields, target.base), fc.option(fc.uint8Array({ maxLength: 2000 })))
        .map(([fields, file]): Body => ({ type: "multipart", fields, file }));
    case "none":
      return fc.oneof(
        fc.constant<Body>({ type: "raw", contentType: "text/plain", text: "" }),
        jsonBody([]).map((value): Body => ({ type: "json", value })),
      );
  }
}

export interface FuzzCase {
  target: Target;
  body: Body;
  query: Record<string, string>;
  /** Send with the actor's API token instead of its session (API targets). */
  bearer: boolean;
  /** Replace one path segment with a generated text (`null`: keep the real ids). */
  pathNoise: string | null;
}

export function caseFor(targets: Target[]): fc.Arbitrary<FuzzCase> {
  return fc.constantFrom(...targets).chain((target) =>
    fc.record({
      target: fc.constant(target),
      body: bodyFor(target),
      query: fc.dictionary(
        fc.oneof(fc.constantFrom(...target.query, "lang", "next"), nastyString()),
        nastyString(),
        {
          maxKeys: 2,
        },
      ),
      bearer: target.api && target.actor ? fc.boolean() : fc.constant(false),
      pathNoise: fc.option(nastyString(), { freq: 6 }),
    }),
  );
}

/** A path segment for a generated text; a lone surrogate becomes bytes that are not UTF-8. */
function pathSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80%FF";
  }
}

/** Builds the request of a case and sends it; answers the status. */
export async function send(app: App, c: FuzzCase): Promise<number> {
  const { target, body } = c;
  let path = target.path;
  if (c.pathNoise !== null) {
    const segments = path.split("/");
    const last = segments.length - 1;
    segments[last] = pathSegment(c.pathNoise.slice(0, 2000));
    path = segments.join("/");
  }
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(c.query)) query.append(k, v.slice(0, 4000));
  const url = query.size > 0 ? `${path}?${query}` : path;
  const headers: Record<string, string> = {};
  const actor = target.actor;
  if (actor && c.bearer) headers.Authorization = `Bearer ${actor.apiToken}`;
  else if (actor) {
    headers.Cookie = actor.session.cookie;
    headers["X-CSRF-Token"] = actor.session.csrf;
  }
  let payload: BodyInit | undefined;
  if (target.method === "GET" || target.method === "HEAD") payload = undefined;
  else if (body.type === "json") {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body.value) ?? "null";
  } else if (body.type === "raw") {
    headers["Content-Type"] = body.contentType;
    payload = body.text;
  } else if (body.type === "form") {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    const form = new URLSearchParams();
    if (actor) form.append("_csrf", actor.session.csrf);
    for (const [k, v] of Object.entries(body.fields)) for (const x of [v].flat()) form.append(k, x);
    payload = form.toString();
  } else {
    const form = new FormData();
    if (actor) form.append("_csrf", actor.session.csrf);
    for (const [k, v] of Object.entries(body.fields)) for (const x of [v].flat()) form.append(k, x);
    if (body.file)
      form.append(
        "file",
        new File([Uint8Array.from(body.file)], "fuzz.xlsx", { type: "application/octet-stream" }),
      );
    payload = form;
  }
  const response = await app.request(url, {
    method: target.method,
    headers,
    ...(payload !== undefined ? { body: payload } : {}),
  });
  await response.arrayBuffer();
  return response.status;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
  components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> };
}

/** Real values for the API's path parameters, from the seeded database. */
async function pathValues(db: Db): Promise<Record<string, string>> {
  return {
    partnershipId: DEMO_PARTNERSHIP_ID,
    slug: "linkoping",
    areaId: AREA.skaggetorp,
    walkId: DEMO_WALK_ID,
    walkFindingId: DEMO_WALK_FINDING.vegetation,
    promiseId: ROUND_2026_PROMISE,
    commitmentId: ROUND_2026_POINT[2],
    period: "2026-T3",
    periodId: await periodId(db, "2026-T3"),
    mailId: OUTBOX_MAIL,
    list: "signatories",
    year: "2024",
    problemId: "7a0e0000-0000-4000-8000-000000000002",
    measureId: "7a0e0000-0000-4000-8000-000000000003",
    dialogueId: DEMO_DIALOGUE.doors,
    findingId: DEMO_FINDING.doorsLitter,
    // Incident reports (src/incidents/): an ISO week and a category of the EST default list.
    week: "2026-W31",
    categoryKey: "arrangemang",
    locale: "en",
  };
}

/** The catalog's valid JSON bodies of API routes, by `METHOD /template` of the OpenAPI document. */
async function catalogJsonBodies(ctx: CaseContext): Promise<Map<string, Record<string, unknown>>> {
  const bodies = new Map<string, Record<string, unknown>>();
  for (const entry of CATALOG) {
    if (entry.via !== "api") continue;
    const spec = await entry.request(ctx);
    if (spec.json && typeof spec.json === "object" && !Array.isArray(spec.json)) {
      const template = entry.route.replace(/^\/api\/v1/, "").replace(/:(\w+)/g, "{$1}");
      bodies.set(`${entry.method} ${template}`, spec.json as Record<string, unknown>);
    }
  }
  return bodies;
}

function contextFor(db: Db, world: World, actor: Actor, caseId: string): CaseContext {
  return {
    db,
    world,
    actor,
    viewer: actor.principal,
    scope: "own partnership",
    point: "municipality",
    caseId,
  };
}

/** Every operation of the served OpenAPI document, with real ids in its path. */
export async function apiTargets(app: App, db: Db, world: World, actor: Actor): Promise<Target[]> {
  const bases = await catalogJsonBodies(contextFor(db, world, actor, "fuzz-api"));
  const doc = (await (await app.request("/api/v1/openapi.json")).json()) as OpenApiDoc;
  const values = await pathValues(db);
  const schemas = doc.components?.schemas ?? {};
  const targets: Target[] = [];
  for (const [template, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const path = `/api/v1${template.replace(/\{(\w+)\}/g, (_, name: string) => {
        // Dialogues and safety walks both name their findings `findingId`.
        const value =
          name === "findingId" && template.includes("/walks/") ? values.walkFindingId : values[name];
        if (!value) throw new Error(`the fuzz suite has no value for the path parameter ${name}`);
        return value;
      })}`;
      const content = op.requestBody?.content ?? {};
      const jsonSchema = content["application/json"]?.schema as {
        $ref?: string;
        properties?: Record<string, unknown>;
      };
      const resolved = jsonSchema?.$ref ? schemas[jsonSchema.$ref.split("/").pop() ?? ""] : jsonSchema;
      const kind: Target["kind"] = content["application/json"]
        ? "json"
        : content["multipart/form-data"]
          ? "multipart"
          : "none";
      const base = bases.get(`${method.toUpperCase()} ${template}`);
      targets.push({
        ...(base ? { base } : {}),
        name: `${method.toUpperCase()} ${template}`,
        method: method.toUpperCase(),
        path,
        kind,
        fields: Object.keys(resolved?.properties ?? {}),
        query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
        api: true,
        actor,
      });
    }
  }
  return targets;
}

/** Every form POST of the matrix catalog, with its path for the actor, plus sign-in. */
export async function formTargets(
  db: Db,
  world: World,
  actors: { coordinator: Actor; administrator: Actor },
): Promise<Target[]> {
  const targets: Target[] = [];
  let n = 0;
  for (const entry of CATALOG) {
    if (entry.via !== "page" || entry.method === "GET") continue;
    const actor =
      entry.policy === "accounts" || entry.policy === "sso" ? actors.administrator : actors.coordinator;
    const spec = await entry.request(contextFor(db, world, actor, `fuzz-${n++}`));
    targets.push({
      ...(spec.form ? { base: spec.form } : {}),
      name: entry.id,
      method: entry.method,
      path: spec.path,
      kind: spec.file ? "multipart" : "form",
      fields: Object.keys(spec.form ?? {}),
      query: [],
      api: false,
      actor,
    });
  }
  targets.push({
    name: "sign-in",
    method: "POST",
    path: "/logga-in",
    kind: "form",
    fields: ["email", "password"],
    base: { email: "samordnare@demo.medborgarlofte.se", password: "inte rätt lösenord" },
    query: ["next"],
    api: false,
    actor: null,
  });
  return targets;
}

/** Counts by status class, and the 5xx cases (at most a few kept). */
export class Tally {
  sent = 0;
  byClass: Record<string, number> = {};
  failures: { target: string; status: number; error: string; example: string }[] = [];
  add(c: FuzzCase, status: number, errors: unknown[] = []): void {
    this.sent++;
    const cls = `${Math.floor(status / 100)}xx`;
    this.byClass[cls] = (this.byClass[cls] ?? 0) + 1;
    if (status >= 500 && this.failures.length < 20)
      this.failures.push({
        target: c.target.name,
        status,
        error: errors
          .map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e)).slice(0, 600))
          .join("\n"),
        example: JSON.stringify({ ...c, target: undefined, path: c.target.path }).slice(0, 400),
      });
  }
  summary(): string {
    const classes = Object.entries(this.byClass)
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ");
    return `fuzz: ${this.sent} requests sent (${classes})`;
  }
}
