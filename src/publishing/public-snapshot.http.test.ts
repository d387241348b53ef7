import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { onPublicChange } from "../../test/db.js";
import { signInOverHttp } from "../../test/http-session.js";
import { createApp } from "../app/create-app.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_FOLLOW_UP as FU, ROUND_2026_PERIOD } from "../demo/round-2026-ids.js";
import { loadConfig } from "../platform/config.js";
import { createLogger } from "../platform/log.js";
import { chooseCoding, createPublicSnapshot, PUBLIC_CACHE_CONTROL } from "./public-snapshot.js";

/**
 * The published snapshot over HTTP: validators and 304, compression chosen by Accept-Encoding,
 * and a change residents can see (a follow-up approved by a signed-in coordinator, with its CSRF
 * token) reaching the public page through the database's `public_changed` notification.
 */
const PAGE = "/linkoping/skaggetorp-2026";
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

describe("validators and 304", () => {
  it("answers with a strong ETag, Last-Modified, Cache-Control and Vary, and 304 on If-None-Match", async () => {
    const first = await get(PAGE);
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(first.headers.get("Last-Modified")).toMatch(/GMT$/);
    expect(first.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.get("Vary")).toBe("Accept-Encoding");
    expect(first.headers.get("Content-Security-Policy")).toContain("script-src 'none'");
    const body = await first.text();

    const again = await get(PAGE);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(await again.text()).toBe(body);

    const notModified = await get(PAGE, { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("ETag")).toBe(etag);
    expect((await get(PAGE, { "If-None-Match": '"something-else"' })).status).toBe(200);
    expect((await get(PAGE, { "If-None-Match": `"x", W/${etag}` })).status).toBe(304);
  });

  it("the public API answers carry validators too, and vary by language", async () => {
    const res = await get("/api/v1/promises");
    expect(res.status).toBe(200);
    expect(res.headers.get("Vary")).toBe("Accept-Encoding, Accept-Language");
    const etag = res.headers.get("ETag") ?? "";
    expect((await get("/api/v1/promises", { "If-None-Match": etag })).status).toBe(304);
  });

  it("answers 304 on If-Modified-Since only for an entry rendered after the last change's second", async () => {
    let now = Date.parse("2026-05-01T10:00:00.000Z");
    const snapshot = createPublicSnapshot({ now: () => now });
    const app = createApp({
      db: t.database.db,
      config: loadConfig({ DEMO: "false" }),
      log: createLogger("silent"),
      snapshot,
    });
    now += 5_000;
    const first = await app.request(PAGE);
    const lastModified = first.headers.get("Last-Modified") ?? "";
    expect(lastModified).toBe("Fri, 01 May 2026 10:00:05 GMT");
    expect((await app.request(PAGE, { headers: { "If-Modified-Since": lastModified } })).status).toBe(304);
    const earlier = "Fri, 01 May 2026 10:00:04 GMT";
    expect((await app.request(PAGE, { headers: { "If-Modified-Since": earlier } })).status).toBe(200);
    // Changed and rendered again within the same second: the date cannot tell, so no 304 on it.
    snapshot.invalidate();
    expect((await app.request(PAGE, { headers: { "If-Modified-Since": lastModified } })).status).toBe(200);
    expect((await app.request(PAGE, { headers: { "If-Modified-Since": lastModified } })).status).toBe(200);
  });

  it("answers HEAD from the snapshot without a body", async () => {
    await get(PAGE);
    const head = await t.app.request(PAGE, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toMatch(/^"/);
    expect(await head.text()).toBe("");
  });
});

describe("compression", () => {
  it("chooses brotli, then gzip, by Accept-Encoding (q=0 refuses one)", () => {
    expect(chooseCoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseCoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseCoding("gzip;q=0.5")).toBe("gzip");
    expect(chooseCoding("deflate")).toBe("identity");
    expect(chooseCoding(undefined)).toBe("identity");
  });

  it("serves the same bytes compressed once, each coding with its own ETag", async () => {
    const plain = await get(PAGE, { "Accept-Encoding": "identity" });
    const text = await plain.text();
    expect(plain.headers.get("Content-Encoding")).toBeNull();
    const br = await get(PAGE, { "Accept-Encoding": "gzip, br" });
    expect(br.headers.get("Content-Encoding")).toBe("br");
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(brotliDecompressSync(brBytes).toString("utf8")).toBe(text);
    const gz = await get(PAGE, { "Accept-Encoding": "gzip" });
    expect(gz.headers.get("Content-Encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString("utf8")).toBe(text);
    const tags = [plain, br, gz].map((r) => r.headers.get("ETag"));
    expect(new Set(tags).size).toBe(3);
    // A validator of another coding of the same bytes still matches.
    const cross = await get(PAGE, { "Accept-Encoding": "gzip", "If-None-Match": tags[1] ?? "" });
    expect(cross.status).toBe(304);
    expect(cross.headers.get("ETag")).toBe(tags[2]);
  });
});

describe("what may enter the snapshot", () => {
  it("renders concurrent misses once, and sends an unknown query parameter the normal way", async () => {
    const snapshot = createPublicSnapshot();
    const app = createApp({
      db: t.database.db,
      config: loadConfig({ DEMO: "false" }),
      log: createLogger("silent"),
      snapshot,
    });
    const answers = await Promise.all(Array.from({ length: 8 }, () => app.request(PAGE)));
    expect(new Set(await Promise.all(answers.map((a) => a.text()))).size).toBe(1);
    expect(snapshot.stats.size).toBe(1);
    // Eight misses waited for one rendering: the next request is a hit.
    const hits = snapshot.stats.hits;
    await app.request(PAGE);
    expect(snapshot.stats.hits).toBe(hits + 1);
    await app.request(`${PAGE}?utm_source=x`);
    expect(snapshot.stats.size).toBe(1);
  });

  it("keeps no error, no workspace page and no session cookie", async () => {
    const snapshot = createPublicSnapshot();
    const app = createApp({
      db: t.database.db,
      config: loadConfig({ DEMO: "false" }),
      log: createLogger("silent"),
      snapshot,
    });
    expect((await app.request("/linkoping/finns-inte")).status).toBe(404);
    const session = await signInOverHttp(app, DEMO_ACCOUNTS.coordinator.email);
    expect((await app.request("/arbete/linkoping", session.get())).status).toBe(200);
    expect(snapshot.stats.size).toBe(0);
    const page = await app.request(PAGE, session.get());
    expect(page.headers.get("Set-Cookie")).toBeNull();
    expect(snapshot.stats.size).toBe(1);
  });
});

describe("invalidation", () => {
  it("a follow-up approved over HTTP reaches the public page and its ETag changes", async () => {
    const before = await get(PAGE);
    const etag = before.headers.get("ETag") ?? "";
    const beforeText = await before.text();
    const [row] = (
      (await t.database.db.execute(
        sql`select narrative->>'sv' as narrative from follow_ups where id = ${FU.t3Submitted}`,
      )) as unknown as { rows: { narrative: string }[] }
    ).rows;
    const narrative = row?.narrative ?? "";
    expect(narrative.length).toBeGreaterThan(10);
    const snippet = narrative.slice(0, 40);
    expect(beforeText).not.toContain(snippet);

    const session = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
    const approved = await t.app.request(`/api/v1/periods/${ROUND_2026_PERIOD[3]}/approve`, {
      method: "POST",
      headers: {
        Cookie: session.cookie,
        "X-CSRF-Token": session.csrf,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ followUpIds: [FU.t3Submitted] }),
    });
    expect(approved.status).toBe(200);

    // On PGlite the notification arrives with the commit; on PostgreSQL within moments.
    const deadline = Date.now() + 1000;
    let after = await get(PAGE, { "If-None-Match": etag });
    while (after.status === 304 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await get(PAGE, { "If-None-Match": etag });
    }
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(etag);
    expect(await after.text()).toContain(snippet);
  });

  it("a follow-up draft changed does not drop the snapshot (drafts are never public); a promise changed does", async () => {
    const snapshot = createPublicSnapshot();
    expect(onPublicChange(t.database, () => snapshot.invalidate())).toBe(true);
    const changed = await t.database.db.execute(
      sql`update follow_ups set narrative = '{"sv": "Ett utkast som ingen invånare ser."}'::jsonb
          where state <> 'approved' returning id`,
    );
    expect((changed as unknown as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(snapshot.stats.invalidations).toBe(0);
    await t.database.db.execute(
      sql`update promises set background = background where ref = 'skaggetorp-2026'`,
    );
    const deadline = Date.now() + 1000;
    while (snapshot.stats.invalidations === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(snapshot.stats.invalidations).toBe(1);
  });
});
