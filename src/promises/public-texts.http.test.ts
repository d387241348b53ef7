import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { signInOverHttp } from "../../test/http-session.js";
import { htmlToText } from "../../test/seed.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { ROUND_2026_POINT, ROUND_2026_REF } from "../demo/round-2026-ids.js";

// The kommunikatör's job (issue 8.7): the texts residents read, not results or points.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.database.close());

const EDITOR = `/arbete/linkoping/loften/${ROUND_2026_REF}`;

describe("the kommunikatör", () => {
  it("edits the promise's public texts, which residents then read", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    const page = await (await t.app.request(EDITOR, s.get())).text();
    expect(page).toContain(`action="${EDITOR}/texter"`);
    expect(htmlToText(page)).toContain("Texter för invånarna");
    const version = /name="version" value="(\d+)"/.exec(page)?.[1] ?? "";
    const saved = await t.app.request(
      `${EDITOR}/texter`,
      s.post({
        version,
        background: "Skrivet av kommunikatören för invånarna.",
        howMade: "Vid tre dialogmöten.",
      }),
    );
    expect(saved.status).toBe(303);
    const resident = htmlToText(await (await t.app.request(`/linkoping/${ROUND_2026_REF}`)).text());
    expect(resident).toContain("Skrivet av kommunikatören för invånarna.");
    // A stale version is a conflict, not a silent overwrite.
    const stale = await t.app.request(
      `${EDITOR}/texter`,
      s.post({ version, background: "Gammalt", howMade: "" }),
    );
    expect(stale.status).toBe(409);
  });

  it("cannot change the promise's details, its points or its results", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.communicator.email);
    const details = await t.app.request(
      `${EDITOR}/uppgifter`,
      s.post({
        version: "1",
        title: "Ny titel",
        fromYear: "2026",
        toYear: "2026",
        background: "",
        howMade: "",
      }),
    );
    expect(details.status).toBe(403);
    const point = await t.app.request(
      `/arbete/linkoping/punkter/${ROUND_2026_POINT[1]}/2026-T3`,
      s.post({ version: "", status: "in_progress", narrative: "Ett resultat.", intent: "save" }),
    );
    expect(point.status).toBe(403);
  });

  it("others without the right are refused too: a reader gets 403", async () => {
    const s = await signInOverHttp(t.app, DEMO_ACCOUNTS.reader.email);
    const refused = await t.app.request(
      `${EDITOR}/texter`,
      s.post({ version: "1", background: "x", howMade: "" }),
    );
    expect(refused.status).toBe(403);
  });
});
