import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/db.js";
import { changedTables, fingerprint } from "../../test/matrix/fingerprint.js";
import { loadConfig } from "../platform/config.js";
import type { Database } from "../platform/db/client.js";
import { isAppError } from "../platform/errors.js";
import { outbox } from "../platform/mail/mail.schema.js";
import { SYSTEM_VIEWER } from "../platform/viewer.js";
import { applySetup } from "./apply-setup.js";
import { readSetup } from "./setup.js";
import { SETUP_EXAMPLE, setupExample } from "./setup-example.js";
import { checkSetupFile, readSetupFile, type SetupFile, setupJsonSchema } from "./setup-file.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const mail = { config: loadConfig({ DEMO: "false", PUBLIC_URL: "https://lofte.example.se" }) };
const invitations = () =>
  database.db.select().from(outbox).where(eq(outbox.kind, "account.invitation")).orderBy(outbox.toAddress);

const example = () => structuredClone(SETUP_EXAMPLE) as unknown as SetupFile;

async function refusal(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    if (isAppError(error))
      return { code: error.code, details: error.details as { path: string; message: string }[] };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the setup file", () => {
  it("reads the printed example back, as YAML and as JSON", () => {
    expect(readSetupFile(setupExample("yaml"))).toEqual(readSetupFile(setupExample("json")));
    const file = readSetupFile(setupExample());
    expect(file.parties.length).toBeGreaterThanOrEqual(4);
    expect(
      file.parties.filter((p) => ["housing_company", "property_owner", "association"].includes(p.kind))
        .length,
    ).toBeGreaterThanOrEqual(2);
    expect(file.areas.some((a) => a.owner)).toBe(true);
    const [agreement] = file.agreements;
    expect(Number(agreement?.validTo.slice(0, 4)) - Number(agreement?.validFrom.slice(0, 4))).toBe(1);
  });

  it("is published as a JSON Schema that names its parts", () => {
    const schema = setupJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        "partnership",
        "parties",
        "people",
        "areas",
        "goalSets",
        "agreements",
        "accounts",
      ]),
    );
    expect(JSON.stringify(schema)).toContain("housing_company");
  });

  it("names the path of every problem, in Swedish", async () => {
    const broken = example();
    (broken.parties[3] as { kind: string }).kind = "bank";
    (broken.people[0] as { party: string }).party = "Ingen";
    const problem = await refusal(async () => checkSetupFile(broken));
    expect(problem.code).toBe("setup_invalid");
    expect(problem.details).toEqual([
      { path: "parties[3].kind", message: expect.stringContaining("ska vara en av: municipality") },
    ]);
    expect(await refusal(async () => readSetupFile("parties: [\n  - a: b\n  c"))).toMatchObject({
      code: "setup_invalid",
    });
  });
});

describe("applying a setup file", () => {
  it("creates everything on an empty database, and a second run changes nothing", async () => {
    const first = await applySetup({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      mail,
      file: checkSetupFile(example()),
    });
    expect(first.changes.length).toBeGreaterThan(20);
    const setup = await readSetup(database.db, first.partnershipId);
    expect(setup.parties.map((p) => p.shortName).sort()).toEqual([
      "Bostadsbolaget",
      "Föreningen",
      "Kommunen",
      "Polisen",
      "Regionen",
      "Skolan",
    ]);
    const linden = setup.areas.find((a) => a.name === "Kvarteret Linden");
    expect(linden?.ownerPartyId).toBe(setup.parties.find((p) => p.shortName === "Bostadsbolaget")?.id);
    expect(linden?.parentId).toBe(setup.areas.find((a) => a.name === "Norrmalm")?.id);
    expect(linden?.boundary?.type).toBe("Polygon");
    expect(setup.goalSets[0]?.goals).toHaveLength(3);
    expect(setup.agreements[0]?.partyIds).toHaveLength(4);
    // Each account the file created has its invitation (a one-time link) in the outbox.
    const emails = (SETUP_EXAMPLE.accounts ?? []).map((a) => a.email.toLowerCase()).sort();
    expect(emails.length).toBeGreaterThan(0);
    const mails = await invitations();
    expect(mails.map((m) => m.toAddress)).toEqual(emails);
    for (const m of mails) expect(m.bodyText).toMatch(/https:\/\/lofte\.example\.se\/inbjudan\/[\w-]+/);

    const before = await fingerprint(database.db);
    const second = await applySetup({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      mail,
      file: checkSetupFile(example()),
    });
    expect(second.changes).toEqual([]);
    expect(changedTables(before, await fingerprint(database.db))).toEqual([]);
    expect(await invitations()).toHaveLength(emails.length);
  });

  it("applies a change as one, and --check changes nothing", async () => {
    const changed = example();
    (changed.goalSets[0] as { goals: string[] }).goals.push("Ett fjärde mål.");
    const before = await fingerprint(database.db);
    const checked = await applySetup({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      mail,
      file: checkSetupFile(changed),
      check: true,
    });
    expect(checked).toMatchObject({
      applied: false,
      changes: ["målsättning Övergripande mål 2023–2026: mål"],
    });
    expect(changedTables(before, await fingerprint(database.db))).toEqual([]);
    const applied = await applySetup({
      db: database.db,
      viewer: SYSTEM_VIEWER,
      mail,
      file: checkSetupFile(changed),
    });
    expect(applied.changes).toEqual(["målsättning Övergripande mål 2023–2026: mål"]);
  });

  it("refuses a file with a bad boundary or a dangling reference and writes nothing", async () => {
    const broken = example();
    (broken.areas[0] as { boundary: unknown }).boundary = {
      type: "Polygon",
      coordinates: [
        [
          [15, 58],
          [16, 58],
          [16, 59],
          [15.5, 58.5],
        ],
      ],
    };
    (broken.agreements[0] as { parties: string[] }).parties.push("Banken");
    (broken.parties[0] as { name: string }).name = "Ett nytt namn som inte får skrivas";
    const before = await fingerprint(database.db);
    const problem = await refusal(() =>
      applySetup({ db: database.db, viewer: SYSTEM_VIEWER, mail, file: checkSetupFile(broken) }),
    );
    expect(problem.details.map((d) => d.path)).toEqual([
      "areas[0].boundary.coordinates[0]",
      "agreements[0].parties[4]",
    ]);
    expect(problem.details[0]?.message).toContain("inte är sluten");
    expect(changedTables(before, await fingerprint(database.db))).toEqual([]);
  });
});
