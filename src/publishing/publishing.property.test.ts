import { randomUUID } from "node:crypto";
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { principal, signedInAs } from "../../test/principals.js";
import { createApp } from "../app/create-app.js";
import { areaClassifications, areas } from "../areas/areas.schema.js";
import { followUpMeasurements, followUps } from "../followups/followups.schema.js";
import { parties, partnerships } from "../partnerships/partnerships.schema.js";
import { reportingPeriods } from "../periods/periods.schema.js";
import { loadConfig } from "../platform/config.js";
import type { Database, Db } from "../platform/db/client.js";
import { type Locale, translator } from "../platform/i18n/index.js";
import { localePath } from "../platform/i18n/locale-path.js";
import type { LocalizedText } from "../platform/i18n/localized-text.js";
import { createLogger } from "../platform/log.js";
import { PUBLIC_VIEWER } from "../platform/viewer.js";
import { PROMISE_STATUSES } from "../promises/lifecycle.js";
import {
  commitmentParties,
  commitments,
  promiseAreas,
  promiseParties,
  promises,
  targets,
} from "../promises/promises.schema.js";
import { REPORT_STATUSES } from "../reports/decision-chain.js";
import { reportBacks, reportDecisions } from "../reports/reports.schema.js";
import { readPublicHome, readPublicPromisePage } from "./public-readers.js";
import { createPublicSnapshot } from "./public-snapshot.js";
import type { PromisePageModel } from "./publishing.types.js";
import { PromisePage } from "./views/promise-page.js";

const SLUG = "egenskap";

/**
 * The publishing boundary as a property: for 1,000 generated datasets with random lifecycle
 * states (promise statuses, follow-up states, report-back editions anywhere in their decision
 * chain), no text of anything unpublished appears in any public output — the public pages (also
 * as a signed-in coordinator, byte for byte the same), the public API's JSON and the public read
 * models — and every published text does appear somewhere.
 *
 * Every text carries a unique marker: `PUBLIC-<n>` when residents may see it by the rule below
 * (written here, independently of the code under test), `SECRET-<n>` otherwise; references are
 * `public-<n>` / `secret-<n>`, and measured values of follow-ups that are not approved end in
 * `.000777` (published values are whole numbers). One database; each dataset is written inside a
 * transaction that is rolled back after its checks.
 */

const NUM_RUNS = Number(process.env.PUBLISHING_RUNS ?? 1000);
const PERIODS = ["2020-T1", "2020-T2", "2020-T3"] as const;
const FOLLOW_UP_STATES = ["draft", "submitted", "returned", "approved"] as const;
const FOLLOW_UP_STATUSES = [
  "not_started",
  "in_progress",
  "done",
  "partly_done",
  "not_done",
  "not_applicable",
] as const;
const KINDS = ["joint", "municipality", "police", "other"] as const;

/**
 * What residents may see, by the rule (ARCHITECTURE.md), restated here so that the test does not
 * trust the code: a status added to the code's list by mistake makes the test fail.
 */
const PUBLIC_BY_RULE: readonly string[] = ["published", "following_up", "reported_back", "closed"];
const promiseIsPublic = (status: string) => PUBLIC_BY_RULE.includes(status);
const followUpIsPublic = (promiseStatus: string, state: string) =>
  promiseIsPublic(promiseStatus) && state === "approved";
const reportIsPublic = (promiseStatus: string, status: string) =>
  promiseIsPublic(promiseStatus) && status === "published";

const followUpArb = fc.option(
  fc.record({
    state: fc.constantFrom(...FOLLOW_UP_STATES),
    status: fc.constantFrom(...FOLLOW_UP_STATUSES),
    narrative: fc.boolean(),
    english: fc.boolean(),
    measured: fc.boolean(),
  }),
  { nil: null },
);
const commitmentArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  weight: fc.constantFrom(1, 2, 0.5),
  target: fc.boolean(),
  carryOver: fc.constantFrom(null, "carry", "close"),
  carriedFrom: fc.option(fc.nat(), { nil: null }),
  followUps: fc.tuple(followUpArb, followUpArb, followUpArb),
});
const reportArb = fc.record({
  status: fc.constantFrom(...REPORT_STATUSES),
  matter: fc.boolean(),
  decision: fc.boolean(),
});
const promiseArb = fc.record({
  status: fc.constantFrom(...PROMISE_STATUSES),
  background: fc.boolean(),
  howMade: fc.boolean(),
  english: fc.boolean(),
  period: fc.constantFrom(...PERIODS),
  extra: fc.constantFrom("followUps", "detail", "progress", "commitment", "period"),
  pick: fc.nat(),
  commitments: fc.array(commitmentArb, { minLength: 0, maxLength: 3 }),
  reports: fc.array(reportArb, { minLength: 0, maxLength: 2 }),
});
const datasetArb = fc.array(promiseArb, { minLength: 1, maxLength: 3 });
type Dataset = typeof datasetArb extends fc.Arbitrary<infer T> ? T : never;

/** The fixed part, committed once: a partnership, its parties, an area and three periods. */
const BASE = {
  partnership: randomUUID(),
  municipality: randomUUID(),
  police: randomUUID(),
  area: randomUUID(),
  periods: PERIODS.map(() => randomUUID()),
};

let database: Database;
/** The executor the apps run on: the current dataset's transaction. */
let current: Db;
const proxied = new Proxy({} as Db, {
  get(_target, key) {
    const value = Reflect.get(current, key, current);
    return typeof value === "function" ? value.bind(current) : value;
  },
});
const config = loadConfig({ DEMO: "false" });
const log = createLogger("silent");
/** One published snapshot for both apps, emptied before each dataset (its rows are rolled back). */
const snapshot = createPublicSnapshot();
const resident = createApp({ db: proxied, config, log, snapshot });
const coordinator = createApp({
  db: proxied,
  config,
  log,
  snapshot,
  authenticate: signedInAs(principal("coordinator", { partnershipId: BASE.partnership })),
});

beforeAll(async () => {
  database = await createTestDatabase();
  current = database.db;
  const db = database.db;
  await db.insert(partnerships).values({
    id: BASE.partnership,
    slug: SLUG,
    name: "Egenskapsprovets samverkan",
    municipalityName: "Provkommunen",
  });
  await db.insert(parties).values([
    { id: BASE.municipality, partnershipId: BASE.partnership, kind: "municipality", name: "Provkommunen" },
    { id: BASE.police, partnershipId: BASE.partnership, kind: "police", name: "Lokalpolisområdet" },
  ]);
  await db.insert(areas).values({ id: BASE.area, partnershipId: BASE.partnership, name: "Provområdet" });
  await db
    .insert(areaClassifications)
    .values({ areaId: BASE.area, classification: "risk", validFrom: "2019-12-01" });
  await db.insert(reportingPeriods).values(
    PERIODS.map((code, i) => ({
      id: BASE.periods[i] as string,
      partnershipId: BASE.partnership,
      scheme: "tertial",
      year: 2020,
      index: i + 1,
      code,
      startsOn: ["2020-01-01", "2020-05-01", "2020-09-01"][i] as string,
      endsOn: ["2020-04-30", "2020-08-31", "2020-12-31"][i] as string,
      deadline: ["2020-05-14", "2020-09-14", "2021-01-14"][i] as string,
      // Closed, so that a period report is public when its follow-ups are all approved.
      closedAt: new Date("2021-01-20T10:00:00Z"),
    })),
  );
});
afterAll(() => database.close());

/**
 * Inserts rows into several tables in one statement (a data-modifying CTE per table; foreign keys
 * are checked at the end of the statement), so that a dataset costs one round trip, not ten.
 */
async function insertAll(tx: Db, batches: [PgTable, Record<string, unknown>[]][]): Promise<void> {
  const inserts = batches
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows], i) => {
      const columns = getTableColumns(table) as Record<string, { name: string }>;
      const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
      const names = sql.raw(keys.map((key) => `"${columns[key]?.name}"`).join(", "));
      const json = rows.map((row) => Object.fromEntries(keys.map((k) => [columns[k]?.name, row[k] ?? null])));
      return sql`${sql.raw(`w${i}`)} as (insert into ${table} (${names})
        select ${names} from json_populate_recordset(null::${table}, ${JSON.stringify(json)}::json))`;
    });
  await tx.execute(sql`with ${sql.join(inserts, sql`, `)} select 1`);
}

const MARKER = /\b(secret|public)-(\d+)\b/gi;
const markerOf = (text: LocalizedText) => /(PUBLIC|SECRET)-\d+/.exec(text.sv)?.[0] ?? "";

/** Markers handed out for one dataset, and which of them residents may see. */
class Markers {
  private next = 1;
  readonly visible = new Set<string>();
  readonly hidden = new Set<string>();
  /** A marker; a published one is expected in every dataset's outputs, or only where `bucket` is read. */
  text(isPublic: boolean, bucket?: Set<string>): string {
    const marker = `${isPublic ? "PUBLIC" : "SECRET"}-${this.next++}`;
    (isPublic ? (bucket ?? this.visible) : this.hidden).add(marker);
    return marker;
  }
  localized(isPublic: boolean, english: boolean, bucket?: Set<string>): LocalizedText {
    const sv = `Text ${this.text(isPublic, bucket)} på svenska.`;
    // A translated text has every residents' language (each its own marker, public as the Swedish).
    return english
      ? {
          sv,
          en: `Text ${this.text(isPublic, bucket)} in English.`,
          ar: `نص ${this.text(isPublic, bucket)} بالعربية.`,
          so: `Qoraal ${this.text(isPublic, bucket)} af-Soomaali.`,
          lattlast: `Text ${this.text(isPublic, bucket)} på lättläst svenska.`,
        }
      : { sv };
  }
  ref(isPublic: boolean): string {
    return this.text(isPublic).toLowerCase();
  }
  /** A measured value: whole for published follow-ups, `<n>.000777` for the rest. */
  value(isPublic: boolean): number {
    const n = this.next++;
    return isPublic ? n : n + 0.000777;
  }
}

interface Written {
  promises: {
    id: string;
    ref: string;
    status: string;
    period: string;
    commitmentIds: string[];
    /** The markers of the Swedish title and of every point's text: always on a public page. */
    onPage: string[];
    /** Published narratives of follow-ups older than a point's latest approved one. */
    older: Set<string>;
    /** Report-back editions: number, whether public, and the marker of its frozen document. */
    editions: { edition: number; isPublic: boolean; marker: string }[];
    /** Periods whose period report is public by the rule (restated below). */
    publicPeriods: string[];
  }[];
}

/** Writes one dataset with the markers its lifecycle states call for. */
async function write(tx: Db, dataset: Dataset, markers: Markers): Promise<Written> {
  const written: Written = { promises: [] };
  const allCommitments: string[] = [];
  const rows = {
    promises: [] as (typeof promises.$inferInsert)[],
    promiseAreas: [] as (typeof promiseAreas.$inferInsert)[],
    promiseParties: [] as (typeof promiseParties.$inferInsert)[],
    commitments: [] as (typeof commitments.$inferInsert)[],
    commitmentParties: [] as (typeof commitmentParties.$inferInsert)[],
    targets: [] as (typeof targets.$inferInsert)[],
    followUps: [] as (typeof followUps.$inferInsert)[],
    measurements: [] as (typeof followUpMeasurements.$inferInsert)[],
    reports: [] as (typeof reportBacks.$inferInsert)[],
    decisions: [] as (typeof reportDecisions.$inferInsert)[],
  };
  for (const p of dataset) {
    const isPublic = promiseIsPublic(p.status);
    const id = randomUUID();
    const ref = markers.ref(isPublic);
    const title = markers.localized(isPublic, p.english);
    const onPage = [markerOf(title)];
    const older = new Set<string>();
    rows.promises.push({
      id,
      partnershipId: BASE.partnership,
      ref,
      title,
      fromYear: 2020,
      toYear: 2020,
      status: p.status,
      signedOn: isPublic ? "2019-12-15" : null,
      background: p.background ? markers.localized(isPublic, p.english) : null,
      howMade: p.howMade ? markers.localized(isPublic, false) : null,
    });
    rows.promiseAreas.push({ promiseId: id, areaId: BASE.area });
    rows.promiseParties.push(
      { promiseId: id, partyId: BASE.municipality },
      { promiseId: id, partyId: BASE.police },
    );
    const commitmentIds: string[] = [];
    p.commitments.forEach((c, index) => {
      const commitmentId = randomUUID();
      const carriedFromId =
        c.carriedFrom !== null && allCommitments.length > 0
          ? allCommitments[c.carriedFrom % allCommitments.length]
          : null;
      const text = markers.localized(isPublic, p.english);
      onPage.push(markerOf(text));
      rows.commitments.push({
        id: commitmentId,
        promiseId: id,
        externalId: `P${index + 1}`,
        number: index + 1,
        text,
        responsibleKind: c.kind,
        weight: c.weight,
        carriedFromId: carriedFromId ?? null,
        carryOver: c.carryOver,
        carryOverReason: c.carryOver ? markers.localized(isPublic, false) : null,
      });
      rows.commitmentParties.push({
        commitmentId,
        partyId: c.kind === "police" ? BASE.police : BASE.municipality,
        role: "responsible",
      });
      const targetId = c.target ? randomUUID() : null;
      if (targetId) {
        rows.targets.push({
          id: targetId,
          commitmentId,
          position: 1,
          description: markers.localized(isPublic, false),
          unit: "st",
          targetValue: 4,
          direction: "at_least",
        });
      }
      // Only the latest approved follow-up of a point is on its page; older approved ones are in
      // the follow-ups API (and the point's API): they are expected where that is read.
      const latestApproved = c.followUps.map((f) => f?.state === "approved").lastIndexOf(true);
      c.followUps.forEach((f, i) => {
        if (!f) return;
        const followUpId = randomUUID();
        const visible = followUpIsPublic(p.status, f.state);
        const submitted = f.state !== "draft";
        rows.followUps.push({
          id: followUpId,
          commitmentId,
          periodId: BASE.periods[i] as string,
          status: f.status,
          state: f.state,
          narrative: f.narrative
            ? markers.localized(visible, f.english, visible && i !== latestApproved ? older : undefined)
            : null,
          submittedAt: submitted ? new Date(`2020-0${i + 5}-10T10:00:00Z`) : null,
          approvedAt: f.state === "approved" ? new Date(`2020-0${i + 5}-12T10:00:00Z`) : null,
          returnComment: f.state === "returned" ? `Kommentar ${markers.text(false)}` : null,
          returnedAt: f.state === "returned" ? new Date(`2020-0${i + 5}-11T10:00:00Z`) : null,
        });
        if (targetId && f.measured) {
          rows.measurements.push({ followUpId, targetId, value: markers.value(visible) });
        }
      });
      commitmentIds.push(commitmentId);
      allCommitments.push(commitmentId);
    });
    const editions: Written["promises"][number]["editions"] = [];
    p.reports.forEach((r, index) => {
      const reportId = randomUUID();
      const visible = reportIsPublic(p.status, r.status);
      // The decided document, frozen: its marker is expected on its own public page only.
      const frozenMarker = markers.text(visible, new Set());
      editions.push({ edition: index + 1, isPublic: visible, marker: frozenMarker });
      rows.reports.push({
        id: reportId,
        promiseId: id,
        edition: index + 1,
        status: r.status,
        registrationNumber: `DNR ${markers.text(visible)}`,
        title: markers.localized(visible, p.english),
        addressee: "kommunstyrelsen",
        issuingUnit: "Kommunledningsförvaltningen",
        datedOn: "2021-02-01",
        matter: r.matter ? markers.localized(visible, false) : null,
        background: markers.localized(false, false),
        frozenModel: {
          meta: {
            kind: "aterrapportering",
            title: `Återrapportering ${frozenMarker}`,
            language: "sv",
            municipality: "Provkommunen",
            registrationNumber: null,
            datedOn: "2021-02-01",
            edition: index + 1,
            subtitle: null,
          },
          blocks: [{ type: "paragraph", content: [`Beslutat ${frozenMarker}.`] }],
        },
      });
      if (r.decision) {
        rows.decisions.push({
          reportId,
          body: "kommunstyrelsen",
          decidedOn: "2021-03-01",
          paragraph: "§ 12",
          text: markers.localized(visible, false),
        });
      }
    });
    // A period report is public by the rule: the promise is public, the period closed (all are
    // here), and the promise's follow-ups in it are all approved, at least one.
    const publicPeriods = PERIODS.filter((_code, i) => {
      const states = p.commitments.flatMap((c) => (c.followUps[i] ? [c.followUps[i].state] : []));
      return isPublic && states.length > 0 && states.every((st) => st === "approved");
    });
    written.promises.push({
      id,
      ref,
      status: p.status,
      period: p.period,
      commitmentIds,
      onPage,
      older,
      editions,
      publicPeriods,
    });
  }
  await insertAll(tx, [
    [promises, rows.promises],
    [promiseAreas, rows.promiseAreas],
    [promiseParties, rows.promiseParties],
    [commitments, rows.commitments],
    [commitmentParties, rows.commitmentParties],
    [targets, rows.targets],
    [followUps, rows.followUps],
    [followUpMeasurements, rows.measurements],
    [reportBacks, rows.reports],
    [reportDecisions, rows.decisions],
  ]);
  return written;
}

/** A measured value of an unapproved follow-up, with a decimal point (JSON) or comma (open data's CSV). */
const HIDDEN_VALUE = /\d[.,]000777/;

/**
 * Open data (CSV, JSON, Atom, the DCAT catalogue, the sitemap): one of these per dataset, in turn
 * (a promise's own feed is the last one in the turn).
 */
const OPEN_DATA_OUTPUTS = [
  `/oppna-data/${SLUG}/loften.csv`,
  `/oppna-data/${SLUG}/punkter.csv`,
  `/oppna-data/${SLUG}/uppfoljningar.csv`,
  `/oppna-data/${SLUG}/framsteg.csv`,
  `/oppna-data/uppfoljningar.json`,
  `/oppna-data/punkter.json`,
  `/oppna-data/${SLUG}/flode.atom`,
  `/oppna-data/${SLUG}/omraden/${BASE.area}/flode.atom`,
  `/oppna-data/flode.atom`,
  "/oppna-data/katalog.rdf",
  "/sitemap.xml",
  "promise-feed",
];
let openDataTurn = 0;

/** A 404 answer, with the address asked for replaced: it must not differ from one for nothing. */
/** A 404 with what was asked taken out, and its request id (new on every request) too. */
const normalized404 = (text: string, asked: string) =>
  text
    .split(asked)
    .join("<asked>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<request-id>");
let nothingPage = "";
let nothingApi = "";
const NOTHING_REF = "finns-inte-alls";
const NOTHING_ID = "00000000-0000-4000-8000-00000000abcd";

class Rollback extends Error {}

/** How often the report pages were read with an answer (the generator must reach them). */
const reached = { reportBack: 0, period: 0 };

async function checkDataset(dataset: Dataset): Promise<void> {
  const markers = new Markers();
  try {
    await database.db.transaction(async (tx) => {
      current = tx as unknown as Db;
      snapshot.invalidate();
      const written = await write(current, dataset, markers);
      const outputs: string[] = [];
      const get = async (app: typeof resident, path: string, expected: number) => {
        const res = await app.request(path);
        const text = await res.text();
        expect(res.status, path).toBe(expected);
        return text;
      };
      const publicOutput = async (path: string) => {
        const text = await get(resident, path, 200);
        // Read again through the published snapshot: the same bytes, from memory.
        const hits = snapshot.stats.hits;
        const again = await resident.request(path, { headers: { "Accept-Encoding": "identity" } });
        expect(snapshot.stats.hits, `${path} served from the snapshot`).toBe(hits + 1);
        expect(await again.text(), path).toBe(text);
        outputs.push(text);
        return text;
      };

      const home = await publicOutput("/");
      expect(await get(coordinator, "/", 200), "/ signed in").toBe(home);
      await publicOutput("/api/v1/promises");
      const openData = OPEN_DATA_OUTPUTS[openDataTurn++ % OPEN_DATA_OUTPUTS.length] as string;
      if (openData !== "promise-feed") await publicOutput(openData);
      let servedChecked = false;

      const expected = new Set(markers.visible);
      for (const [i, p] of written.promises.entries()) {
        const generated = dataset[i];
        if (!generated) throw new Error("dataset and written promises differ");
        if (promiseIsPublic(p.status)) {
          // The page's read model, rendered by the page's own view in both languages.
          const model = await readPublicPromisePage(current, { partnershipSlug: SLUG, ref: p.ref });
          outputs.push(JSON.stringify(model));
          const page = await render(p.ref, model, "sv");
          outputs.push(page);
          for (const locale of OTHER_LOCALES) outputs.push(await render(p.ref, model, locale));
          // One other language through the app and the snapshot (its own key, `/<locale>/…`).
          await publicOutput(`/${OTHER_LOCALES[generated.pick % OTHER_LOCALES.length]}/${SLUG}/${p.ref}`);
          // Published texts do appear on the page itself: the title and every point.
          for (const marker of p.onPage) expect(page).toContain(marker);
          if (!servedChecked) {
            // Through the app, signed in: the same bytes as the view renders for residents.
            expect(await get(coordinator, `/${SLUG}/${p.ref}`, 200), p.ref).toBe(page);
            servedChecked = true;
          }
          // The report pages: the published återrapportering (each edition), one period report.
          const shown = p.editions.filter((e) => e.isPublic);
          for (const e of p.editions) {
            const path = `/${SLUG}/${p.ref}/aterrapportering?utgava=${e.edition}`;
            if (e.isPublic) {
              expect(await publicOutput(path)).toContain(e.marker);
              reached.reportBack++;
            } else expect(normalized404(await get(resident, path, 404), p.ref)).not.toContain("SECRET");
          }
          const newest = shown.at(-1);
          if (newest)
            expect(await publicOutput(`/${SLUG}/${p.ref}/aterrapportering`)).toContain(newest.marker);
          else await get(resident, `/${SLUG}/${p.ref}/aterrapportering`, 404);
          const periodPath = `/${SLUG}/${p.ref}/period/${p.period}`;
          if (p.publicPeriods.includes(p.period)) {
            await publicOutput(periodPath);
            reached.period++;
          } else await get(resident, periodPath, 404);
          if (openData === "promise-feed")
            await publicOutput(`/oppna-data/${SLUG}/loften/${p.ref}/flode.atom`);
          // One public API output per promise, in turn (each reads the same read model).
          const commitmentId = p.commitmentIds[generated.pick % Math.max(1, p.commitmentIds.length)];
          switch (generated.extra) {
            case "followUps":
              await publicOutput(`/api/v1/promises/${p.id}/follow-ups`);
              for (const marker of p.older) expected.add(marker);
              break;
            case "detail":
              await publicOutput(`/api/v1/promises/${p.id}`);
              break;
            case "progress":
              await publicOutput(`/api/v1/promises/${p.id}/progress?period=${p.period}`);
              break;
            case "commitment":
              if (commitmentId) await publicOutput(`/api/v1/commitments/${commitmentId}`);
              break;
            case "period": {
              const atPeriod = await readPublicPromisePage(
                current,
                { partnershipSlug: SLUG, ref: p.ref },
                p.period,
              );
              outputs.push(JSON.stringify(atPeriod), await render(p.ref, atPeriod, "sv", p.period));
              break;
            }
          }
        } else {
          // Not public: the same 404 as for a promise that never existed, signed in or not.
          const app = generated.pick % 2 === 0 ? resident : coordinator;
          await get(app, `/${SLUG}/${p.ref}/aterrapportering`, 404);
          await get(app, `/${SLUG}/${p.ref}/period/${p.period}`, 404);
          if (openData === "promise-feed") {
            // Its feed is a 404 too (the address asked, echoed by the error page, taken out).
            const feed = await get(app, `/oppna-data/${SLUG}/loften/${p.ref}/flode.atom`, 404);
            outputs.push(feed.split(p.ref).join(""));
          }
          expect(normalized404(await get(app, `/${SLUG}/${p.ref}`, 404), p.ref)).toBe(nothingPage);
          const other = OTHER_LOCALES[generated.pick % OTHER_LOCALES.length];
          expect(normalized404(await get(app, `/${other}/${SLUG}/${p.ref}`, 404), p.ref)).not.toMatch(
            /secret/i,
          );
          const path = {
            followUps: `/api/v1/promises/${p.id}/follow-ups`,
            detail: `/api/v1/promises/${p.id}`,
            progress: `/api/v1/promises/${p.id}/progress`,
            commitment: `/api/v1/commitments/${p.commitmentIds[0] ?? p.id}`,
            period: `/api/v1/promises/${p.id}?period=${p.period}`,
          }[generated.extra];
          const answer = await get(resident, path, 404);
          if (generated.extra === "detail") expect(normalized404(answer, p.id)).toBe(nothingApi);
          else outputs.push(answer.split(p.id).join(""));
        }
      }

      const all = outputs.join("\n");
      const found = new Set([...all.matchAll(MARKER)].map((m) => m[0].toUpperCase()));
      const leaked = [...found].filter((m) => m.startsWith("SECRET-"));
      expect(leaked, "unpublished text in a public output").toEqual([]);
      expect(all.match(HIDDEN_VALUE), "a measured value of an unapproved follow-up").toBeNull();
      const missing = [...expected].filter((m) => !found.has(m));
      expect(missing, "published text missing from every public output").toEqual([]);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  } finally {
    current = database.db;
  }
}

/** A public promise page rendered by the page's own view from a read model, as the app would serve it. */
const OTHER_LOCALES = ["en", "ar", "so", "lattlast"] as const;

async function render(ref: string, model: PromisePageModel, locale: Locale, period?: string) {
  const url = new URL(`http://localhost${localePath(locale, `/${SLUG}/${ref}`)}`);
  if (period) url.searchParams.set("period", period);
  const ctx = { locale, t: translator(locale), url, viewer: PUBLIC_VIEWER, csrfToken: null };
  return String(await PromisePage({ ctx, model })?.toString());
}

describe("the publishing boundary (property)", () => {
  it(`no unpublished text reaches a public output, over ${NUM_RUNS} random datasets`, async () => {
    nothingPage = normalized404(
      await (await resident.request(`/${SLUG}/${NOTHING_REF}`)).text(),
      NOTHING_REF,
    );
    nothingApi = normalized404(
      await (await resident.request(`/api/v1/promises/${NOTHING_ID}`)).text(),
      NOTHING_ID,
    );
    let published = 0;
    let unpublished = 0;
    await fc.assert(
      fc.asyncProperty(datasetArb, async (dataset) => {
        for (const p of dataset) promiseIsPublic(p.status) ? published++ : unpublished++;
        await checkDataset(dataset);
      }),
      { numRuns: NUM_RUNS },
    );
    // The generator reaches both sides of the boundary often.
    expect(published).toBeGreaterThan(NUM_RUNS / 2);
    expect(unpublished).toBeGreaterThan(NUM_RUNS / 2);
    expect(reached.reportBack, "published återrapportering pages read").toBeGreaterThan(NUM_RUNS / 20);
    expect(reached.period, "public period report pages read").toBeGreaterThan(NUM_RUNS / 20);
  }, 600_000);
});
