/**
 * Acceptance of safety walks in Chromium WITHOUT JavaScript: the coordinator places a finding by
 * clicking the map image (an `<input type="image">`: the browser sends the click's x/y), the
 * finding is stored at the position that pixel shows; the coordinator corrects it (another
 * category, a click on the edit page's map moves it); the owner (the culture unit's reporter)
 * moves it to åtgärdad from Att rapportera; the public walk page shows it with its status on the
 * map and in the table, without its description, photo or any name. axe (run in a twin context
 * with scripts, as axe needs them) finds no WCAG 2.1 A/AA violation on the pages.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { sql } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../src/demo/accounts.js";
import { SKAGGETORP_BOUNDARY } from "../../src/demo/safety-walk-2016.js";
import { queryRows } from "../../src/platform/db/rows.js";
import { inverseProjection } from "../../src/platform/maps/svg-map.js";
import { jpegWithExif } from "../photos.js";
import { launchChromium, type ServedApp, serveTestApp, signInWithoutScripts } from "./browser.js";

let served: ServedApp;
let browser: Browser;
beforeAll(async () => {
  served = await serveTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const signIn = (email: string) => signInWithoutScripts(browser, served.baseUrl, email);

/** axe on the same address with the same cookies, in a context that runs scripts (axe is one). */
async function axeViolations(context: BrowserContext, url: string): Promise<string[]> {
  const twin = await browser.newContext({ storageState: await context.storageState() });
  const page = await twin.newPage();
  await page.goto(url);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  await twin.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("safety walks without JavaScript", () => {
  it("a finding placed by a click on the map, moved to åtgärdad by its owner, shown publicly without personal data", async () => {
    const W = `${served.baseUrl}/arbete/linkoping/trygghetsvandringar`;
    const coordinator = await signIn(DEMO_ACCOUNTS.coordinator.email);
    let page = coordinator.page;
    // Scripts do not run in this context (the page's own scripts, that is; the CSP forbids them anyway).
    await page.goto("data:text/html,<title>none</title><script>document.title='scripts'</script>");
    expect(await page.title()).toBe("none");

    await page.goto(W);
    expect(await axeViolations(coordinator.context, W)).toEqual([]);
    await page.selectOption("#walk-areaId", { label: "Skäggetorp" });
    await page.fill("#walk-walkedOn", "2026-09-15");
    await page.fill("#walk-route", "Centrum – skolan – parken");
    await page.fill("#walk-residents", "8");
    await page.fill("#walk-youth", "3");
    await Promise.all([
      page.waitForURL(/sparat=1/),
      page.click("form[action$='/trygghetsvandringar'] button"),
    ]);
    const walkUrl = page.url().split("?")[0] as string;
    const walkId = walkUrl.split("/").pop() as string;
    expect(await page.locator("h1").textContent()).toBe("Trygghetsvandring i Skäggetorp 15 september 2026");
    expect(await axeViolations(coordinator.context, walkUrl)).toEqual([]);

    await page.goto(walkUrl);
    await page.selectOption("#finding-category", "lighting");
    await page.fill(
      "#finding-description",
      "Lampan vid gångvägen bakom skolan är trasig, sagt av Anna Andersson",
    );
    await page.selectOption("#finding-responsiblePartyId", { label: "Linköpings kommun" });
    await page.selectOption("#finding-unitId", { label: "Kultur och fritid" });
    await page.setInputFiles("#finding-photo", {
      name: "lampa.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from(jpegWithExif()),
    });
    const map = page.locator("input[type=image][name=karta]");
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error("the map image is not shown");
    expect(Math.round(box.width)).toBe(480);
    await Promise.all([page.waitForURL(/sparat=1#fynd-1$/), page.mouse.click(box.x + 300, box.y + 100)]);
    expect(await page.locator("[role=status]").textContent()).toBe("Sparat.");
    expect(await page.locator("#fynd-1").textContent()).toContain("Belysning");

    const [lon, lat] =
      inverseProjection([{ name: "Skäggetorp", boundary: SKAGGETORP_BOUNDARY }])?.(300, 100) ?? [];
    const [stored] = await queryRows<{ latitude: number; longitude: number; status: string; id: string }>(
      served.database.db,
      sql`select id, latitude, longitude, status from walk_findings where walk_id = ${walkId}`,
    );
    expect(stored?.latitude).toBeCloseTo(lat as number, 5);
    expect(stored?.longitude).toBeCloseTo(lon as number, 5);
    expect(stored?.status).toBe("new");
    expect(await axeViolations(coordinator.context, walkUrl)).toEqual([]);

    // The coordinator placed it wrong: the edit page's map moves it to a click, with the other fields.
    await page.getByRole("link", { name: "Ändra fynd 1" }).click();
    const editUrl = page.url();
    expect(editUrl).toBe(`${walkUrl}/fynd/${stored?.id}/andra`);
    expect(await page.locator("h1").textContent()).toBe("Ändra fynd 1 – Skäggetorp 15 september 2026");
    expect(await page.inputValue("#edit-description")).toContain("Lampan vid gångvägen");
    expect(await axeViolations(coordinator.context, editUrl)).toEqual([]);
    await page.selectOption("#edit-category", "vegetation");
    const editMap = page.locator("input[type=image][name=karta]");
    await editMap.scrollIntoViewIfNeeded();
    const editBox = await editMap.boundingBox();
    if (!editBox) throw new Error("the edit page's map image is not shown");
    await Promise.all([
      page.waitForURL(/sparat=1#fynd-1$/),
      page.mouse.click(editBox.x + 220, editBox.y + 180),
    ]);
    expect(await page.locator("#fynd-1").textContent()).toContain("Vegetation");
    const [moveLon, moveLat] =
      inverseProjection([{ name: "Skäggetorp", boundary: SKAGGETORP_BOUNDARY }])?.(220, 180) ?? [];
    const [moved] = await queryRows<{
      latitude: number;
      longitude: number;
      category: string;
      version: number;
    }>(
      served.database.db,
      sql`select latitude, longitude, category, version from walk_findings where id = ${stored?.id}`,
    );
    expect(moved?.latitude).toBeCloseTo(moveLat as number, 5);
    expect(moved?.longitude).toBeCloseTo(moveLon as number, 5);
    expect(moved?.category).toBe("vegetation");
    expect(moved?.version).toBe(2);
    // A refusal (half a position) comes back with its reason.
    await page.goto(editUrl);
    await page.fill("#edit-longitude", "");
    await Promise.all([
      page.waitForLoadState(),
      page.getByRole("button", { name: "Spara ändringarna" }).click(),
    ]);
    expect(await page.locator(".error-summary").textContent()).toContain("Skriv både latitud och longitud.");
    await coordinator.context.close();

    // The owner: the reporter of Kultur och fritid, from Att rapportera.
    const owner = await signIn(DEMO_ACCOUNTS.cultureReporter.email);
    page = owner.page;
    await page.goto(`${served.baseUrl}/arbete/linkoping`);
    const section = page.locator("section[aria-labelledby=group-walk-findings]");
    expect(await section.locator("h2").textContent()).toBe("Fynd från trygghetsvandringar (1)");
    expect(await axeViolations(owner.context, `${served.baseUrl}/arbete/linkoping`)).toEqual([]);
    await section.getByLabel("Ny status").selectOption({ label: "Åtgärdad" });
    await Promise.all([
      page.waitForURL(/\/arbete\/linkoping$/),
      section.getByRole("button", { name: "Spara status" }).click(),
    ]);
    expect(await page.locator("section[aria-labelledby=group-walk-findings]").count()).toBe(0);
    const [after] = await queryRows<{ status: string }>(
      served.database.db,
      sql`select status from walk_findings where id = ${stored?.id}`,
    );
    expect(after?.status).toBe("done");
    await owner.context.close();

    // The public map: a resident's context without scripts.
    const resident = await browser.newContext({ javaScriptEnabled: false });
    page = await resident.newPage();
    const publicUrl = `${served.baseUrl}/linkoping/trygghetsvandringar/${walkId}`;
    await page.goto(`${served.baseUrl}/linkoping/trygghetsvandringar`);
    await page.getByRole("link", { name: "15 september 2026" }).click();
    expect(page.url()).toBe(publicUrl);
    const row = page.locator("table.findings tbody tr");
    expect(await row.count()).toBe(1);
    const cells = await row.locator("td").allTextContents();
    expect(cells).toEqual([
      "1",
      "Vegetation",
      `${(moveLat as number).toFixed(4)}, ${(moveLon as number).toFixed(4)}`,
      "–",
      "Linköpings kommun",
      "Åtgärdad",
      "15 mars 2027",
    ]);
    expect(await page.locator("svg[role=img] circle").count()).toBe(1);
    expect(await page.locator("svg[role=img] g title").textContent()).toBe("Fynd 1: Vegetation, Åtgärdad");
    const html = await page.content();
    for (const secret of [
      "Lampan vid gångvägen",
      "Anna Andersson",
      "/foto",
      "<img",
      "Kultur och fritid",
      "Lena",
      "Sofia",
    ])
      expect(html).not.toContain(secret);
    expect(await axeViolations(resident, publicUrl)).toEqual([]);
    await resident.close();
  });
});
