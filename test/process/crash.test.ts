import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/accounts.js";
import { ROUND_2026_POINT } from "../../src/demo/round-2026-ids.js";
import {
  type BuiltServer,
  createTokenOverHttp,
  isBuilt,
  killHard,
  startBuiltServer,
} from "./built-server.js";
import { childDatabase, runCli } from "./cli.js";

/**
 * The crash suite (issue 12.6): the built server (bin/medborgarlofte.js serve) takes follow-up draft
 * saves through the API from several writers at once; at a random moment it is killed with
 * SIGKILL and started again on the same data directory or database. Every save that got a 2xx
 * answer must be there after the restart (the save in flight when the process died may or may
 * not be), and the server must start cleanly: the stale directory lock taken over, no migration
 * to run, /healthz answering. 20 rounds; `npm test` runs it on PGlite and, with DATABASE_URL, on
 * PostgreSQL. Set CRASH_SEED to replay a run's kill moments.
 */
const ROUNDS = 20;
const PERIOD = "2026-T3";
const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);

/** mulberry32: a small seeded generator, so a failing run can be replayed. */
function random(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Writer {
  point: string;
  /** The last acknowledged save (version and text) of this writer's point. */
  version: number | null;
  narrative: string | null;
  /** The save sent when the server died, if any: it may or may not have committed. */
  inflight: string | null;
}

let database: Awaited<ReturnType<typeof childDatabase>>;
let server: BuiltServer | null = null;
let token = "";

beforeAll(async () => {
  if (!isBuilt()) throw new Error("the crash suite runs the built server: run npm run build first");
  database = await childDatabase("crash");
  // The server loads the demo into an empty embedded directory itself; PostgreSQL gets it here.
  if ("DATABASE_URL" in database.env) expect((await runCli(["demo"], database.env)).code).toBe(0);
  server = await startBuiltServer(database.env);
  token = await createTokenOverHttp(server.base, DEMO_ACCOUNTS.coordinator.email, DEMO_PASSWORD);
}, 180_000);

afterAll(async () => {
  if (server) await killHard(server.child);
  await database?.cleanup();
});

const followUpUrl = (base: string, point: string) =>
  `${base}/api/v1/commitments/${point}/follow-ups/${PERIOD}`;
const auth = () => ({ Authorization: `Bearer ${token}` });

async function read(base: string, point: string): Promise<{ version: number; narrative: string } | null> {
  const res = await fetch(followUpUrl(base, point), { headers: auth() });
  if (res.status !== 200) throw new Error(`GET follow-up of ${point}: ${res.status}`);
  return (await res.json()) as { version: number; narrative: string } | null;
}

async function save(base: string, w: Writer, narrative: string): Promise<Response> {
  return fetch(followUpUrl(base, w.point), {
    method: "PUT",
    headers: { ...auth(), "Content-Type": "application/json" },
    body: JSON.stringify({
      version: w.version,
      status: "in_progress",
      narrative,
      measurements: [],
      links: [],
    }),
  });
}

describe("kill -9 during acknowledged writes", () => {
  it(`loses no acknowledged write over ${ROUNDS} rounds and restarts cleanly every time`, async () => {
    const started = Date.now();
    const next = random(seed);
    let live = server as BuiltServer;
    // The writers: one per demo point of the live round that the coordinator can save a draft for.
    const writers: Writer[] = [];
    for (const point of Object.values(ROUND_2026_POINT)) {
      const current = await read(live.base, point);
      const w: Writer = { point, version: current?.version ?? null, narrative: null, inflight: null };
      const res = await save(live.base, w, "före krascherna");
      if (res.status !== 200) continue;
      w.version = ((await res.json()) as { version: number }).version;
      w.narrative = "före krascherna";
      writers.push(w);
    }
    expect(writers.length).toBeGreaterThanOrEqual(3);

    let acknowledged = 0;
    let lost = 0;
    const refused: string[] = [];
    const restartMs: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const base = live.base;
      let seq = 0;
      const loops = writers.map(async (w) => {
        for (;;) {
          const narrative = `runda ${round}, skrivning ${++seq}`;
          w.inflight = narrative;
          let res: Response;
          try {
            res = await save(base, w, narrative);
          } catch {
            return; // the server is gone; this save may or may not have committed
          }
          if (res.status !== 200) {
            refused.push(`${res.status} ${await res.text()}`);
            return;
          }
          const body = (await res.json().catch(() => null)) as { version: number } | null;
          if (!body) return; // the answer was cut off: not acknowledged
          w.version = body.version;
          w.narrative = narrative;
          w.inflight = null;
          acknowledged++;
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.floor(next() * 1_200)));
      await killHard(live.child);
      await Promise.all(loops);

      const before = Date.now();
      live = await startBuiltServer(database.env);
      server = live;
      restartMs.push(Date.now() - before);
      expect(live.log()).not.toContain("Migreringar körda");
      expect((await fetch(`${live.base}/healthz`)).status).toBe(200);
      for (const w of writers) {
        const found = await read(live.base, w.point);
        const kept = found?.version === w.version && found?.narrative === w.narrative;
        const inflightCommitted =
          w.inflight !== null && found?.version === (w.version ?? 0) + 1 && found?.narrative === w.inflight;
        if (!kept && !inflightCommitted) lost++;
        w.version = found?.version ?? null;
        w.narrative = found?.narrative ?? null;
        w.inflight = null;
      }
    }
    await killHard(live.child);
    const kind = "DATABASE_URL" in database.env ? "PostgreSQL" : "PGlite";
    const sorted = [...restartMs].sort((a, b) => a - b);
    console.info(
      `crash suite on ${kind} (seed ${seed}): ${ROUNDS} rounds of kill -9, ${writers.length} writers, ` +
        `${acknowledged} acknowledged writes, lost ${lost}; restart median ${sorted[Math.floor(sorted.length / 2)]} ms, ` +
        `max ${sorted.at(-1)} ms; ${Math.round((Date.now() - started) / 1000)} s in all`,
    );
    expect(refused).toEqual([]);
    expect(lost).toBe(0);
    expect(acknowledged).toBeGreaterThan(ROUNDS);
  }, 900_000);
});
