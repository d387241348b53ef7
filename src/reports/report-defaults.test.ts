/**
 * The partnership's report defaults and logo over HTTP: saved by the samordnare, used by a new
 * återrapportering; a PNG is taken, an SVG with a script is refused with a message, a file over
 * the limit gets 413 before anything reads it; a reporter may not change them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/app.js";
import { type HttpSession, signInOverHttp } from "../../test/http-session.js";
import { followedUpPromise } from "../../test/report-scenario.js";
import { DEMO_ACCOUNTS } from "../demo/accounts.js";
import { DEMO_PARTNERSHIP_ID } from "../demo/load-demo.js";
import { findPromise } from "../promises/promises.repository.js";
import { checkLogo, unsafeSvg } from "./report-defaults.js";
import { findLatestReportBack, findReportDefaults, listReportParts } from "./reports.repository.js";

let t: TestApp;
let coordinator: HttpSession;
const PAGE = "/arbete/linkoping/rapporter/standard";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

const version = async () =>
  String((await findReportDefaults(t.database.db, DEMO_PARTNERSHIP_ID))?.version ?? 0);

function upload(session: HttpSession, name: string, type: string, bytes: Buffer, v: string) {
  const form = new FormData();
  form.append("_csrf", session.csrf);
  form.append("version", v);
  form.append("file", new File([new Uint8Array(bytes)], name, { type }));
  return t.app.request(`${PAGE}/logotyp`, {
    method: "POST",
    body: form,
    headers: { Cookie: session.cookie },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInOverHttp(t.app, DEMO_ACCOUNTS.coordinator.email);
});
afterAll(() => t.database.close());

describe("report defaults", () => {
  it("are saved and start a new återrapportering", async () => {
    expect((await t.app.request(PAGE, coordinator.get())).status).toBe(200);
    const saved = await t.app.request(
      PAGE,
      coordinator.post({
        version: await version(),
        addressee: "kommunstyrelsen",
        issuingUnit: "Kommunledningsförvaltningen",
        issuingSubunit: "Säkerhetsenheten",
        officerName: "Eva Handläggare",
        officerTitle: "Säkerhetsstrateg",
        officerPhone: "013-20 00 00",
        officerEmail: "eva@example.se",
        mblStatement: "MBL-information eller förhandling är inte påkallad.",
        consultations: "kommunpolis\nberedning: LOP-gruppen",
        signatories: "Anna Direktör, kommundirektör",
        distribution: "Polismyndigheten\nSäkerhetschefen",
        links: "https://example.se/loften Medborgarlöftena",
      }),
    );
    expect(saved.status, await saved.clone().text()).toBe(303);

    const { promise } = await followedUpPromise(t.database.db);
    const created = await t.app.request(
      `/arbete/linkoping/loften/${promise.ref}/aterrapportering/skapa`,
      coordinator.post({}),
    );
    expect(created.status).toBe(303);
    const row = await findLatestReportBack(t.database.db, promise.id);
    expect(row?.officerName).toBe("Eva Handläggare");
    expect(row?.issuingSubunit).toBe("Säkerhetsenheten");
    expect(row?.mblStatement?.sv).toBe("MBL-information eller förhandling är inte påkallad.");
    const parts = await listReportParts(t.database.db, row?.id ?? "");
    expect(parts.consultations.map((c) => [c.body, c.mode])).toEqual([
      ["kommunpolis", "collaborated"],
      ["LOP-gruppen", "prepared"],
    ]);
    expect(parts.signatories.map((s) => [s.name, s.title])).toEqual([["Anna Direktör", "kommundirektör"]]);
    expect(parts.distribution.map((d) => d.recipient)).toEqual(["Polismyndigheten", "Säkerhetschefen"]);
    expect(parts.links.map((l) => [l.url, l.label])).toEqual([
      ["https://example.se/loften", "Medborgarlöftena"],
    ]);
    expect(
      (await findPromise(t.database.db, { partnershipId: DEMO_PARTNERSHIP_ID, ref: promise.ref }))?.status,
    ).toBe("following_up");
  });

  it("take a PNG logo, refuse an SVG with a script, and refuse a file over the limit with 413", async () => {
    const png = await upload(coordinator, "logo.png", "image/png", PNG, await version());
    expect(png.status, await png.clone().text()).toBe(303);
    expect((await findReportDefaults(t.database.db, DEMO_PARTNERSHIP_ID))?.logoType).toBe("image/png");

    const evil = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await upload(coordinator, "logo.svg", "image/svg+xml", evil, await version());
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("SVG-filen innehåller något som kan köras");
    expect((await findReportDefaults(t.database.db, DEMO_PARTNERSHIP_ID))?.logoType).toBe("image/png");

    const big = Buffer.alloc(300 * 1024, 0x20);
    const tooLarge = await upload(coordinator, "logo.png", "image/png", big, await version());
    expect(tooLarge.status).toBe(413);
  });

  it("checks SVGs for anything that runs or fetches", () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`;
    expect(unsafeSvg(svg('<rect width="1" height="1"/>'))).toBeNull();
    expect(unsafeSvg(svg('<rect onload="x()"/>'))).toBe("event handler");
    expect(unsafeSvg(svg('<a href="javascript:x()"/>'))).not.toBeNull();
    expect(unsafeSvg(svg('<image href="https://evil.example/x.png"/>'))).toBe("outside reference");
    expect(unsafeSvg(svg("<foreignObject><p>x</p></foreignObject>"))).toBe("foreignObject");
    expect(checkLogo(Buffer.from(svg('<circle r="1"/>')))).toBe("image/svg+xml");
    expect(() => checkLogo(Buffer.from("GIF89a"))).toThrow();
  });

  it("are refused to a reporter", async () => {
    const reporter = await signInOverHttp(t.app, DEMO_ACCOUNTS.cultureReporter.email);
    const res = await t.app.request(PAGE, reporter.post({ version: await version(), issuingUnit: "X" }));
    expect(res.status).toBe(403);
  });
});
