import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { createPartnership } from "../partnerships/create-partnership.js";
import { AppError } from "../platform/errors.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { isReservedSegment, publicSnapshotKey, RESERVED_SEGMENTS } from "./public-paths.js";

/**
 * Public promise addresses `/<partnership>/<ref>`: the old `/loften/<ref>` redirects (one public
 * promise with the reference), lists (several) or is 404 (none); slugs cannot take a segment the
 * application uses.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

describe("reserved segments", () => {
  it("cover the first segment of every route the application registers", () => {
    const firsts = new Set(
      t.app.routes
        .map((r) => r.path.split("/")[1] ?? "")
        .filter((segment) => segment !== "" && !segment.startsWith(":") && segment !== "*"),
    );
    expect(firsts.size).toBeGreaterThan(5);
    for (const segment of firsts) expect(isReservedSegment(segment), segment).toBe(true);
  });

  it("a partnership cannot take a reserved slug", async () => {
    for (const slug of ["arbete", "api", "loften", "logga-in"]) {
      const attempt = createPartnership({
        db: t.database.db,
        viewer: SYSTEM_VIEWER,
        input: { slug, name: "X", municipalityName: "X kommun", policeName: "LPO X" },
      });
      await expect(attempt, slug).rejects.toBeInstanceOf(AppError);
    }
    expect(RESERVED_SEGMENTS.has("linkoping")).toBe(false);
  });

  it("the snapshot answers only public pages and the public API, with the parameters they read", () => {
    expect(publicSnapshotKey("/linkoping/skaggetorp-2017", "?period=2017-T1", undefined)).toBe(
      "/linkoping/skaggetorp-2017?period=2017-T1",
    );
    expect(publicSnapshotKey("/", "", undefined)).toBe("/");
    expect(publicSnapshotKey("/arbete/linkoping", "", undefined)).toBeNull();
    expect(publicSnapshotKey("/konto/nycklar", "", undefined)).toBeNull();
    expect(publicSnapshotKey("/linkoping/skaggetorp-2017", "?x=1", undefined)).toBeNull();
    expect(publicSnapshotKey("/api/v1/promises", "", "en-GB,en")).toBe("/api/v1/promises#en");
    expect(publicSnapshotKey("/api/v1/periods/x/approve", "", undefined)).toBeNull();
    // Open data: files, feeds, the catalogue, the sitemap and robots.txt.
    for (const path of [
      "/oppna-data",
      "/oppna-data/loften.csv",
      "/oppna-data/linkoping/uppfoljningar.json",
      "/oppna-data/linkoping/loften/skaggetorp-2017/flode.atom",
      "/oppna-data/katalog.rdf",
      "/sitemap.xml",
      "/robots.txt",
    ])
      expect(publicSnapshotKey(path, "", undefined)).toBe(path);
    expect(publicSnapshotKey("/oppna-data", "?lang=en", undefined)).toBe("/oppna-data?lang=en");
    expect(publicSnapshotKey("/oppna-data/a/b/c/d/e", "", undefined)).toBeNull();
  });
});

describe("/loften/<ref>", () => {
  it("redirects (301) to /<partnership>/<ref> when one public promise has the reference, keeping the rest", async () => {
    const res = await t.app.request("/loften/skaggetorp-2017?lang=en");
    expect(res.status).toBe(301);
    expect(res.headers.get("Location")).toBe("/en/linkoping/skaggetorp-2017");
    const report = await t.app.request("/loften/skaggetorp-2017/period/2017-T1");
    expect(report.headers.get("Location")).toBe("/linkoping/skaggetorp-2017/period/2017-T1");
  });

  it("is 404 when no public promise has the reference (a draft's included)", async () => {
    expect((await t.app.request("/loften/finns-inte")).status).toBe(404);
    expect((await t.app.request("/loften/skaggetorp-2018")).status).toBe(404);
    expect((await t.app.request("/linkoping/skaggetorp-2018")).status).toBe(404);
  });

  it("lists the promises in Swedish when several partnerships have one with the reference", async () => {
    const other = await createPartnership({
      db: t.database.db,
      viewer: SYSTEM_VIEWER,
      input: {
        slug: "norrkoping",
        name: "Norrköping",
        municipalityName: "Norrköpings kommun",
        policeName: "LPO",
      },
    });
    // Another partnership's public promise with the same reference (allowed once refs are per partnership).
    await t.database.db.execute(sql`alter table promises drop constraint if exists promises_ref_unique`);
    await t.database.db.execute(sql`
      insert into promises (partnership_id, ref, title, from_year, to_year, status)
      values (${other.id}, 'skaggetorp-2017', '{"sv": "Norrköpings löfte 2017"}'::jsonb, 2017, 2017, 'published')`);
    const res = await t.app.request("/loften/skaggetorp-2017");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Flera löften har referensen skaggetorp-2017");
    expect(html).toContain('href="/linkoping/skaggetorp-2017"');
    expect(html).toContain('href="/norrkoping/skaggetorp-2017"');
    // Each address shows its own partnership's promise.
    expect(await (await t.app.request("/norrkoping/skaggetorp-2017")).text()).toContain(
      "Norrköpings löfte 2017",
    );
    expect(await (await t.app.request("/linkoping/skaggetorp-2017")).text()).not.toContain(
      "Norrköpings löfte",
    );
  });
});
