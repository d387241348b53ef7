/**
 * The fuzz suite (issue 12): every OpenAPI operation and every form POST of the matrix catalog,
 * with generated bodies (wrong types, huge strings, deep nesting, NUL, RTL text, SQL and HTML),
 * as a real signed-in user with a CSRF token and through an API token. No answer may be a 5xx.
 * A bounded run is part of `npm test`; `npm run fuzz` (FUZZ_RUNS, default 5000) runs long and
 * prints how many requests it sent and the count per status class.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import {
  apiTargets,
  caseFor,
  type FuzzCase,
  formTargets,
  send,
  Tally,
  type Target,
} from "../../test/fuzz/fuzz.js";
import { createActors } from "../../test/matrix/actors.js";
import { createWorld } from "../../test/matrix/fixtures.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
/** Fixed in CI so a failure can be reproduced; `FUZZ_SEED` to choose another. */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : RUNS > 250 ? Date.now() : 20261129;

let t: TestApp;
let targets: Target[];
const tally = new Tally();

beforeAll(async () => {
  t = await createTestApp();
  const world = await createWorld(t.database.db);
  const actors = await createActors(t.database.db, t.app, world.other, world.passwordHash);
  const own = (role: string) => {
    const actor = actors.find((a) => a.role === role && a.home === "own");
    if (!actor) throw new Error(`no ${role}`);
    return actor;
  };
  const coordinator = own("coordinator");
  targets = [
    ...(await apiTargets(t.app, t.database.db, world, coordinator)),
    ...(await formTargets(t.database.db, world, { coordinator, administrator: own("administrator") })),
  ];
}, 120_000);
afterAll(async () => {
  console.log(`${tally.summary()} over ${targets?.length ?? 0} targets, seed ${SEED}`);
  await t.database.close();
});

describe("the fuzz suite", () => {
  it("reaches every API operation and every form of the catalog", () => {
    const names = targets.map((x) => x.name);
    expect(names).toContain("PUT /commitments/{commitmentId}/follow-ups/{period}");
    expect(names).toContain("period page: reopen");
    expect(names).toContain("sign-in");
    expect(targets.filter((x) => x.api).length).toBeGreaterThanOrEqual(20);
    expect(targets.filter((x) => !x.api).length).toBeGreaterThanOrEqual(30);
  });

  it(
    "answers no generated request with a 5xx",
    async () => {
      // Every case is sent and counted; the 5xx ones are kept (with the error the app logged).
      await fc.assert(
        fc.asyncProperty(caseFor(targets), async (c: FuzzCase) => {
          const logged = t.loggedErrors.length;
          const status = await send(t.app, c);
          tally.add(c, status, t.loggedErrors.slice(logged));
        }),
        { numRuns: RUNS, seed: SEED },
      );
      expect(tally.failures).toEqual([]);
      expect(t.loggedErrors).toEqual([]);
    },
    Math.max(120_000, RUNS * 400),
  );
});
