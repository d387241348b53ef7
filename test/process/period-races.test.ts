/**
 * Races on a reporting period across servers (issue 12.2): on PostgreSQL runs two `serve`
 * processes share one database and get concurrent closes, reopens, saves and approvals through
 * real sessions; on PGlite runs (one process per data directory) two application instances in this
 * process share the embedded database. The audit log must show strictly alternating closes and
 * reopens, one approval per follow-up, and no follow-up write inside a closed stretch.
 */
import type { ChildProcess } from "node:child_process";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../src/app/schema.js";
import { DEMO_ACCOUNTS } from "../../src/demo/accounts.js";
import { loadDemo } from "../../src/demo/load-demo.js";
import {
  ROUND_2026_FOLLOW_UP as FU,
  ROUND_2026_POINT as POINT,
  ROUND_2026_PERIOD,
} from "../../src/demo/round-2026-ids.js";
import { type Database, openDatabase } from "../../src/platform/db/client.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { appOn } from "../app.js";
import { createEmptyPostgresDatabase, createTestDatabase } from "../db.js";
import { type HttpSession, signInOverHttp } from "../http-session.js";
import { startServe } from "./cli.js";

const ROUNDS = 12;
const T3 = ROUND_2026_PERIOD[3];
const PERIOD_PATH = "/arbete/linkoping/perioder/2026-T3";

/** What signInOverHttp needs of an application: a request function. */
type Requester = { request(path: string, init?: RequestInit): Promise<Response> | Response };

let database: Database;
let postgres: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> = null;
const children: ChildProcess[] = [];
const servers: Requester[] = [];

beforeAll(async () => {
  postgres = await createEmptyPostgresDatabase();
  if (postgres) {
    database = await openDatabase({ kind: "postgres", url: postgres.url });
    await migrate(database);
    await loadDemo(database.db);
    const env = { DATABASE_URL: postgres.url, DEMO: "false" };
    const started = await Promise.all([startServe(env), startServe(env)]);
    for (const s of started) {
      children.push(s.child);
      const base = `http://127.0.0.1:${s.port}`;
      servers.push({ request: (path, init) => fetch(`${base}${path}`, { ...init, redirect: "manual" }) });
    }
  } else {
    database = await createTestDatabase();
    await loadDemo(database.db);
    // PGlite is one process's embedded database: two application instances in this process.
    servers.push(appOn(database).app, appOn(database).app);
  }
}, 120_000);
afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => new Promise((resolve) => c.once("exit", resolve))));
  await database?.close();
  if (postgres) await new Promise((resolve) => setTimeout(resolve, 250));
  await postgres?.drop();
});

const signIn = (server: Requester, email: string) =>
  signInOverHttp(server as Parameters<typeof signInOverHttp>[0], email);

/** The version field of the follow-up form of a point. */
async function formVersion(server: Requester, s: HttpSession, commitmentId: string): Promise<string> {
  const page = await server.request(`/arbete/linkoping/punkter/${commitmentId}/2026-T3`, s.get());
  const match = /name="version" value="(\d*)"/.exec(await page.text());
  return match?.[1] ?? "";
}

describe("two servers, one database: a period's close, reopen, saves, approvals and report chain steps", () => {
  it(`keeps the audit log consistent over ${ROUNDS} rounds of concurrent requests`, async () => {
    const [a, b] = servers as [Requester, Requester];
    const coordA = await signIn(a, DEMO_ACCOUNTS.coordinator.email);
    const coordB = await signIn(b, DEMO_ACCOUNTS.coordinator.email);
    const statuses: Record<string, number[]> = { close: [], reopen: [], save: [], approve: [] };

    // Two approvals of one submitted follow-up, one on each server.
    const approve = (server: Requester, s: HttpSession) =>
      server.request(
        `${PERIOD_PATH}/granska`,
        s.post({ followUpIds: FU.t3Submitted, comment: "", intent: "approve" }),
      );
    const approvals = await Promise.all([approve(a, coordA), approve(b, coordB)]);
    statuses.approve = approvals.map((r) => r.status);

    for (let round = 0; round < ROUNDS; round++) {
      const version = await formVersion(a, coordA, POINT[5]);
      const save = (server: Requester, s: HttpSession, who: string) =>
        server.request(
          `/arbete/linkoping/punkter/${POINT[5]}/2026-T3`,
          s.post({ version, status: "in_progress", narrative: `Omgång ${round} ${who}`, intent: "save" }),
        );
      const close = (server: Requester, s: HttpSession) =>
        server.request(`${PERIOD_PATH}/stang`, s.post({ confirm: "yes" }));
      // Each request starts after its own random delay of 0–40 ms: the order varies by round.
      const later = (fire: () => Promise<Response> | Response) =>
        new Promise<Response>((resolve, reject) => {
          setTimeout(() => Promise.resolve(fire()).then(resolve, reject), Math.floor(Math.random() * 40));
        });
      const [closeA, closeB, saveB, saveA] = await Promise.all([
        later(() => close(a, coordA)),
        later(() => close(b, coordB)),
        later(() => save(b, coordB, "b")),
        later(() => save(a, coordA, "a")),
      ]);
      statuses.close?.push(closeA?.status ?? 0, closeB?.status ?? 0);
      statuses.save?.push(saveA?.status ?? 0, saveB?.status ?? 0);
      const reopen = (server: Requester, s: HttpSession) =>
        server.request(`${PERIOD_PATH}/oppna`, s.post({ reason: `Omgång ${round}` }));
      const reopened = await Promise.all([reopen(a, coordA), reopen(b, coordB)]);
      statuses.reopen?.push(...reopened.map((r) => r.status));
    }

    const count = (list: number[] | undefined, status: number) =>
      (list ?? []).filter((s) => s === status).length;
    expect(count(statuses.approve, 303)).toBe(1);
    expect(count(statuses.approve, 409)).toBe(1);
    expect(count(statuses.close, 303)).toBe(ROUNDS);
    expect(count(statuses.close, 409)).toBe(ROUNDS);
    expect(count(statuses.reopen, 303)).toBe(ROUNDS);
    expect(count(statuses.reopen, 409)).toBe(ROUNDS);
    // A save either landed (303) or was refused (409: closed, or the other save's version first).
    expect((statuses.save ?? []).every((s) => s === 303 || s === 409)).toBe(true);

    const log = await database.db
      .select({ seq: t.auditEvents.seq, action: t.auditEvents.action, entityId: t.auditEvents.entityId })
      .from(t.auditEvents)
      .orderBy(asc(t.auditEvents.seq));
    const periodEvents = log.filter((e) => e.entityId === T3).map((e) => e.action);
    expect(periodEvents).toEqual(
      Array.from({ length: ROUNDS }, () => ["period.closed", "period.reopened"]).flat(),
    );
    const [draft] = await database.db
      .select()
      .from(t.followUps)
      .where(eq(t.followUps.commitmentId, POINT[5]));
    let closed = false;
    const writesWhileClosed: number[] = [];
    for (const e of log) {
      if (e.entityId === T3) closed = e.action === "period.closed";
      else if (closed && (e.entityId === draft?.id || e.entityId === FU.t3Submitted))
        writesWhileClosed.push(e.seq);
    }
    expect(writesWhileClosed).toEqual([]);
    expect(
      log.filter((e) => e.action === "follow_up.approved" && e.entityId === FU.t3Submitted),
    ).toHaveLength(1);
    // Report chain steps (issue 12.2): the same step sent to both servers with the version both read.
    const REPORT_PATH = "/arbete/linkoping/loften/skaggetorp-2017/aterrapportering";
    const reportPage = await a.request(REPORT_PATH, coordA.get());
    const reportVersion = /name="version" value="(\d+)"/.exec(await reportPage.text())?.[1] ?? "";
    expect(reportVersion).not.toBe("");
    const advance = (server: Requester, s: HttpSession) =>
      server.request(`${REPORT_PATH}/skicka`, s.post({ version: reportVersion }));
    const advanced = await Promise.all([advance(a, coordA), advance(b, coordB)]);
    expect(advanced.map((r) => r.status).sort()).toEqual([303, 409]);
    const chainEvents = await database.db
      .select({ action: t.auditEvents.action })
      .from(t.auditEvents)
      .where(eq(t.auditEvents.action, "report.consultation"));
    expect(chainEvents).toHaveLength(1);

    const saved = count(statuses.save, 303);
    console.info(
      `${postgres ? "postgres, two server processes" : "pglite, two app instances"}: ${ROUNDS} rounds, ` +
        `saves accepted ${saved} of ${ROUNDS * 2}, audit events ${log.length}`,
    );
  }, 240_000);
});
