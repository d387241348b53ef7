/**
 * The published snapshot: public pages and public API answers rendered once and served from memory.
 *
 * - Filled only by responses of the public routes (they mark their context with `markPublic`), which
 *   read only through the public readers: nothing residents must not see can enter it.
 * - Lazy: an entry is rendered by the normal request pipeline on the first request after an
 *   invalidation; concurrent misses of one key render once (single flight).
 * - Each entry keeps its bytes, their gzip and brotli forms (compressed once, when stored), a strong
 *   ETag (SHA-256 of the bytes) and Last-Modified; `If-None-Match` / `If-Modified-Since` answer 304.
 * - `invalidate()` drops everything: the database notifies `public_changed` (triggers on the tables
 *   that feed public pages; see migrations) and every server process listens (`server.ts`).
 *   A render that started before an invalidation is served to its own request but not stored.
 * - A hit touches neither the database nor the session store, and renders nothing: `serveNode`
 *   answers straight from precomputed headers, before Hono sees the request.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../platform/http/env.js";
import { publicSnapshotKey } from "./public-paths.js";

export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const MAX_ENTRIES = 2000;
/** Headers the snapshot sets itself, or that must never be stored (a session's cookie). */
const OWN_HEADERS = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "etag",
  "last-modified",
  "cache-control",
  "vary",
  "transfer-encoding",
  "date",
]);

type Coding = "br" | "gzip" | "identity";

interface Variant {
  body: Buffer;
  /** Headers of a 200 answer with this body. */
  headers: Record<string, string>;
  /** Headers of a 304 answer for this variant. */
  notModified: Record<string, string>;
}

export interface SnapshotEntry {
  hash: string;
  /** Last-Modified in whole seconds since the epoch. */
  lastModifiedSec: number;
  /** Whether a client's date may be trusted: the entry is younger than the last invalidation's second. */
  datesComparable: boolean;
  variants: Record<Coding, Variant>;
}

const contexts = new WeakSet<object>();

/** Marks a request as answered by a public route from the public readers (it may be stored). */
export function markPublic(c: Context<AppEnv>): void {
  contexts.add(c);
}

export interface PublicSnapshot {
  /** Drops every entry (something residents can see changed). */
  invalidate(): void;
  /** Hono middleware: serves hits, renders and stores misses (single flight). First in the chain. */
  middleware: MiddlewareHandler<AppEnv>;
  /** The fast path for `node:http`: answers a hit and returns true, or returns false. */
  serveNode(req: IncomingMessage, res: ServerResponse): boolean;
  readonly stats: { hits: number; misses: number; invalidations: number; size: number };
}

export function createPublicSnapshot(options: { now?: () => number } = {}): PublicSnapshot {
  const now = options.now ?? Date.now;
  const entries = new Map<string, SnapshotEntry>();
  const inflight = new Map<string, Promise<SnapshotEntry | null>>();
  let generation = 0;
  let generationSec = Math.floor(now() / 1000);
  const stats = { hits: 0, misses: 0, invalidations: 0, size: 0 };

  function store(key: string, entry: SnapshotEntry) {
    if (entries.size >= MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
    entries.set(key, entry);
    stats.size = entries.size;
  }

  async function fill(c: Context<AppEnv>, key: string, next: () => Promise<void>) {
    const started = generation;
    await next();
    const res = c.res;
    if (res.status !== 200 || !contexts.has(c)) return null;
    const bytes = Buffer.from(await res.arrayBuffer());
    const headers: [string, string][] = [];
    res.headers.forEach((value, name) => {
      if (!OWN_HEADERS.has(name)) headers.push([name, value]);
    });
    const nowSec = Math.floor(now() / 1000);
    const vary = key.startsWith("/api/") ? "Accept-Encoding, Accept-Language" : "Accept-Encoding";
    const entry = buildEntry(bytes, headers, vary, nowSec, nowSec > generationSec);
    if (generation === started) store(key, entry);
    return entry;
  }

  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const method = c.req.method;
    if ((method !== "GET" && method !== "HEAD") || c.req.header("Authorization") !== undefined) return next();
    const url = new URL(c.req.url);
    const key = publicSnapshotKey(url.pathname, url.search, c.req.header("Accept-Language"));
    if (key === null) return next();
    const conditional = requestConditions((name) => c.req.header(name));
    let entry = entries.get(key);
    if (entry) stats.hits++;
    else {
      if (method === "HEAD") return next();
      stats.misses++;
      const pending = inflight.get(key);
      if (pending) entry = (await pending) ?? undefined;
      if (!entry) {
        const filling = fill(c, key, next);
        inflight.set(key, filling);
        try {
          entry = (await filling) ?? undefined;
        } finally {
          if (inflight.get(key) === filling) inflight.delete(key);
        }
        if (!entry) return;
      }
    }
    const answer = respond(entry, conditional);
    c.res = undefined;
    c.res = new Response(method === "HEAD" || answer.status === 304 ? null : new Uint8Array(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  };

  function serveNode(req: IncomingMessage, res: ServerResponse): boolean {
    const method = req.method;
    if ((method !== "GET" && method !== "HEAD") || req.headers.authorization !== undefined) return false;
    const raw = req.url ?? "/";
    const q = raw.indexOf("?");
    const path = q === -1 ? raw : raw.slice(0, q);
    const key = publicSnapshotKey(path, q === -1 ? "" : raw.slice(q), header(req, "accept-language"));
    if (key === null) return false;
    const entry = entries.get(key);
    if (!entry) return false;
    stats.hits++;
    const answer = respond(
      entry,
      requestConditions((name) => header(req, name.toLowerCase())),
    );
    res.writeHead(answer.status, answer.headers);
    res.end(method === "HEAD" || answer.status === 304 ? undefined : answer.body);
    return true;
  }

  return {
    invalidate() {
      generation++;
      generationSec = Math.floor(now() / 1000);
      entries.clear();
      inflight.clear();
      stats.invalidations++;
      stats.size = 0;
    },
    middleware,
    serveNode,
    stats,
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

interface Conditions {
  coding: Coding;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

function requestConditions(get: (name: string) => string | undefined): Conditions {
  return {
    coding: chooseCoding(get("Accept-Encoding")),
    ifNoneMatch: get("If-None-Match"),
    ifModifiedSince: get("If-Modified-Since"),
  };
}

/** The best coding the client accepts: brotli, then gzip, then none (`q=0` refuses one). */
export function chooseCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return "identity";
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

function respond(entry: SnapshotEntry, conditions: Conditions) {
  const variant = entry.variants[conditions.coding];
  const notModified = conditions.ifNoneMatch
    ? matchesEtag(conditions.ifNoneMatch, entry.hash)
    : conditions.ifModifiedSince !== undefined &&
      entry.datesComparable &&
      Date.parse(conditions.ifModifiedSince) / 1000 >= entry.lastModifiedSec;
  return notModified
    ? { status: 304, headers: variant.notModified, body: variant.body }
    : { status: 200, headers: variant.headers, body: variant.body };
}

/** `If-None-Match` (weak comparison, RFC 9110 13.1.2): any variant of the same bytes matches. */
function matchesEtag(ifNoneMatch: string, hash: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, "").replace(/^"|"$/g, ""))
    .some((tag) => tag === hash || tag === `${hash}-br` || tag === `${hash}-gzip`);
}

function buildEntry(
  bytes: Buffer,
  headers: [string, string][],
  vary: string,
  lastModifiedSec: number,
  datesComparable: boolean,
): SnapshotEntry {
  const hash = createHash("sha256").update(bytes).digest("base64url").slice(0, 32);
  const lastModified = new Date(lastModifiedSec * 1000).toUTCString();
  const common: Record<string, string> = Object.fromEntries(headers);
  const variant = (coding: Coding, body: Buffer): Variant => {
    const etag = coding === "identity" ? `"${hash}"` : `"${hash}-${coding}"`;
    const validators = {
      ETag: etag,
      "Last-Modified": lastModified,
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      Vary: vary,
    };
    return {
      body,
      headers: {
        ...common,
        ...validators,
        ...(coding === "identity" ? {} : { "Content-Encoding": coding }),
        "Content-Length": String(body.length),
      },
      notModified: { ...common, ...validators },
    };
  };
  return {
    hash,
    lastModifiedSec,
    datesComparable,
    variants: {
      identity: variant("identity", bytes),
      gzip: variant("gzip", gzipSync(bytes, { level: 9 })),
      br: variant(
        "br",
        brotliCompressSync(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
          },
        }),
      ),
    },
  };
}
