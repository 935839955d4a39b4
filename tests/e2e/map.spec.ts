import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { JSDOM } from "jsdom";

test("toggling a layer and choosing a year update the URL, and a reload restores them", async ({ page }) => {
  await page.goto("/map/");
  const figure = page.locator("figure.chart");
  await expect(figure).toHaveAttribute("data-layers", "offices,requests,detention");
  await page.getByLabel("Detention centres").uncheck();
  await expect(page).toHaveURL(/\?layers=offices%2Crequests$/);
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeHidden();
  await page.locator('select[data-param="year"]').selectOption("2019");
  await expect(page).toHaveURL(/layers=offices%2Crequests&year=2019/);
  await page.reload();
  await expect(figure).toHaveAttribute("data-layers", "offices,requests");
  await expect(figure).toHaveAttribute("data-year", "2019");
  await expect(page.getByLabel("Detention centres")).not.toBeChecked();
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeHidden();
  await expect(page.locator(".chart-svg--wide .map-offices").first()).toBeVisible();
});

test("the example link from the brief opens that exact view", async ({ page }) => {
  await page.goto("/map/?layers=offices,detention&year=2023");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-layers", "offices,detention");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-year", "2023");
  await expect(page.locator(".chart-svg--wide .map-requests").first()).toBeVisible(); // states stay drawn, uncoloured
});

test("offices not yet open in the chosen year are hidden", async ({ page }) => {
  await page.goto("/map/?year=2018");
  const all = await page.locator(".chart-svg--wide .map-offices [data-key]").count();
  const visible = await page.locator(".chart-svg--wide .map-offices [data-key]:visible").count();
  expect(visible).toBeGreaterThan(0);
  expect(visible).toBeLessThan(all);
});

test("hostile layer and year values fall back to the default view", async ({ page }) => {
  await page.goto("/map/?layers=offices,<script>&year=1e9");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-layers", "offices,requests,detention");
  await expect(page).toHaveURL(/\/map\/$/);
});

test("keyboard users reach every point on the map and its tooltip", async ({ page }) => {
  await page.goto("/map/");
  // Offices not yet open in the default year are hidden, so not focusable: only visible points count.
  const points = page.locator(".map-offices [tabindex='0']:visible, .map-detention [tabindex='0']:visible");
  const count = await points.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    await points.nth(i).focus();
    await expect(page.locator(".chart-tooltip")).toHaveText((await points.nth(i).getAttribute("aria-label")) ?? "");
  }
});

test("without JavaScript the map shows its default layers and the table of every point", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map/?layers=offices");
  await expect(page.locator(".chart-svg--wide .map-detention").first()).toBeVisible();
  await expect(page.locator(".chart-svg--wide .map-offices").first()).toBeVisible();
  expect(await page.locator('.chart-panel[data-panel="table"] tbody tr').count()).toBeGreaterThan(20);
  await context.close();
});

test("at 360 px the map fits without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/map/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test("clicking a state selects it: ?state= in the URL, its panel beside the map, kept on reload, cleared by Escape", async ({ page }) => {
  await page.goto("/map/");
  const figure = page.locator("figure.chart");
  await expect(figure).toHaveAttribute("data-state", "none");
  await expect(page.locator(".map-state-panel:visible")).toHaveCount(0);
  await page.locator('.map-states [data-key="st-chiapas"]:visible').click();
  await expect(page).toHaveURL(/\?state=chiapas$/);
  const panel = page.locator('.map-state-panel[data-state="chiapas"]');
  await expect(panel).toBeVisible();
  await expect(page.locator(".map-state-panel:visible")).toHaveCount(1);
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Chiapas");
  await expect(panel).toContainText("Tapachula");
  await page.reload();
  await expect(figure).toHaveAttribute("data-state", "chiapas");
  await expect(panel).toBeVisible();
  await expect(page.locator('select[data-param="state"]')).toHaveValue("chiapas");
  await page.locator('.map-states [data-key="st-chiapas"]:visible').focus();
  await page.keyboard.press("Escape");
  await expect(figure).toHaveAttribute("data-state", "none");
  await expect(page).toHaveURL(/\/map\/$/);
  await expect(panel).toBeHidden();
});

test("keyboard: a focused state is named, Enter selects it, the close button clears it and focus returns to the state", async ({ page }) => {
  await page.goto("/es/map/?year=2023");
  const state = page.locator('.map-states [data-key="st-tabasco"]:visible');
  await state.focus();
  await expect(state).toHaveAttribute("aria-label", /^Tabasco: /);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/year=2023&state=tabasco$/);
  const panel = page.locator('.map-state-panel[data-state="tabasco"]');
  await panel.getByRole("button", { name: "Cerrar las cifras de Tabasco" }).click();
  await expect(panel).toBeHidden();
  await expect(page).toHaveURL(/\?year=2023$/);
  await expect(state).toBeFocused();
});

test("a state with nothing published says so in its panel, and hostile state values are dropped", async ({ page }) => {
  await page.goto("/map/?state=zacatecas");
  const panel = page.locator('.map-state-panel[data-state="zacatecas"]');
  await expect(panel).toContainText("No COMAR office is listed in this state.");
  for (const hostile of ["<script>alert(1)</script>", "st-chiapas", "chiapas,tabasco", "CHIAPAS", "none%00", "x".repeat(300)]) {
    await page.goto(`/map/?state=${encodeURIComponent(hostile)}&year=2022`);
    await expect(page.locator("figure.chart")).toHaveAttribute("data-state", "none");
    await expect(page).toHaveURL(/\/map\/\?year=2022$/);
    await expect(page.locator(".map-state-panel:visible")).toHaveCount(0);
  }
});

test("play steps the year forward every 1.5 s, updating ?year=, and stops at the last year", async ({ page }) => {
  await page.clock.install();
  await page.goto("/map/?year=2021");
  const years = await page.locator('select[data-param="year"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await page.getByRole("button", { name: "Play the years" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await page.clock.runFor(1600);
  await expect(page.locator("figure.chart")).toHaveAttribute("data-year", "2022");
  await expect(page).toHaveURL(/year=2022/);
  await page.clock.runFor(1500 * years.length);
  await expect(page.locator("figure.chart")).toHaveAttribute("data-year", years.at(-1) ?? "");
  await expect(page.getByRole("button", { name: "Play the years" })).toBeVisible();
});

test("with reduced motion there is no play button, and the step buttons move one year", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/map/?year=2022");
  await expect(page.locator("[data-map-play]")).toBeHidden();
  await page.getByRole("button", { name: "Next year" }).click();
  await expect(page).toHaveURL(/year=2023/);
  await page.getByRole("button", { name: "Previous year" }).click();
  await page.getByRole("button", { name: "Previous year" }).click();
  await expect(page).toHaveURL(/year=2021/);
  await context.close();
});

test("without JavaScript no state is selected, even with ?state=, and the player stays hidden", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/map/?state=chiapas");
  await expect(page.locator(".map-state-panel:visible")).toHaveCount(0);
  await expect(page.locator(".map-player")).toBeHidden();
  await expect(page.locator(".map-states path").first()).toBeVisible();
  await context.close();
});

for (const [path, width] of [["/map/?state=chiapas&year=2023", 1280], ["/es/map/?state=baja-california", 360]] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${path} at ${width} px (${colorScheme}) with a state selected: axe finds no violations`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator(".map-state-panel:visible")).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
    });
  }
}

test("the requests-by-state chart page and its embed honour ?state= (outlined) and drop a hostile one", async ({ page }) => {
  for (const path of ["/charts/map-requests-by-state/", "/embed/map-requests-by-state/"]) {
    await page.goto(`${path}?state=chiapas&year=2022`);
    const figure = page.locator("figure.chart");
    await expect(figure).toHaveAttribute("data-state", "chiapas");
    await expect(figure).toHaveAttribute("data-year", "2022");
    const width = (slug: string) => page.locator(`.map-states [data-key="st-${slug}"]`).first().evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(await width("chiapas")).toBeGreaterThan(await width("tabasco"));
    await page.goto(`${path}?state=%3Csvg%20onload%3Dalert(1)%3E`);
    await expect(figure).toHaveAttribute("data-state", "none");
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }
});

test("/map/ has a share panel: links, citation and embed code carry the year and state, and follow a new choice and a reload", async ({ page }) => {
  await page.goto("/map/?year=2021&state=chiapas");
  const panel = page.locator("[data-share-root]");
  const view = encodeURIComponent("https://refugio.example/map/?year=2021&state=chiapas");
  await expect(panel.locator('a[data-network="x"]')).toHaveAttribute("href", new RegExp(`url=${view.replace(/[.?]/g, "\\$&")}$`));
  await expect(panel.locator('a[data-network="x"]')).toHaveAttribute("href", /text=Asylum%20and%20detention%20in%20Mexico%2C%20on%20one%20map%20\(Chiapas%20%C2%B7%202021\)/);
  await expect(panel.locator("[data-cite-text]")).toContainText("on one map (Chiapas · 2021) [Chart]");
  await expect(panel.locator("[data-cite-text]")).toContainText("https://refugio.example/map/?year=2021&state=chiapas (accessed");
  const code = panel.locator("[data-embed-code]");
  await expect(code).toContainText('src="https://refugio.example/embed/map-requests-by-state/?year=2021&amp;state=chiapas"');
  await expect(code).toContainText('title="Asylum requests by state (Chiapas · 2021)"');
  // Another state chosen on the map: everything follows, and survives a reload.
  await page.locator('.map-states [data-key="st-tabasco"]:visible').click();
  await expect(page).toHaveURL(/\?year=2021&state=tabasco$/);
  await expect(code).toContainText("?year=2021&amp;state=tabasco");
  await page.reload();
  await expect(page.locator("figure.chart")).toHaveAttribute("data-state", "tabasco");
  await expect(code).toContainText("?year=2021&amp;state=tabasco");
  await expect(panel.locator('a[data-network="email"]')).toHaveAttribute("href", new RegExp(encodeURIComponent("/map/?year=2021&state=tabasco").replace(/[.?]/g, "\\$&")));
  // The layers are not the embed's, and a year the embed lacks (2018: no breakdown) is left to its default.
  await page.goto("/map/?layers=offices&year=2018&state=chiapas");
  await expect(code).toContainText('src="https://refugio.example/embed/map-requests-by-state/?state=chiapas"');
  await expect(code).toContainText('title="Asylum requests by state (Chiapas)"');
  await expect(panel.locator('a[data-network="x"]')).toHaveAttribute("href", /layers%3Doffices/);
});

test("/map/'s share panel drops a hostile state from its links and embed code", async ({ page }) => {
  for (const hostile of ['"><svg onload=alert(1)>', "st-chiapas", "atlantis", "chiapas".repeat(40)]) {
    await page.goto(`/map/?state=${encodeURIComponent(hostile)}&year=2022`);
    await expect(page).toHaveURL(/\/map\/\?year=2022$/);
    const panel = page.locator("[data-share-root]");
    await expect(panel.locator('a[data-network="x"]')).toHaveAttribute("href", new RegExp(`url=${encodeURIComponent("https://refugio.example/map/?year=2022")}$`));
    await expect(panel.locator("[data-embed-code]")).toContainText('src="https://refugio.example/embed/map-requests-by-state/?year=2022"');
    await expect(panel.locator("[data-embed-code]")).not.toContainText("state=");
    await expect(panel.locator("[data-cite-text]")).not.toContainText("state=");
  }
});

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

test("with a state selected, the CSV and JSON give that state's rows (every layer and year) and name it", async ({ page }) => {
  await page.goto("/map/?year=2021&state=chiapas&layers=requests");
  for (const link of [page.locator('.chart-share a[data-download="csv"]'), page.locator('figure.chart a[data-download="csv"]')]) {
    const csv = await download(page, link);
    expect(csv.name).toBe("atlas-chiapas.csv");
    const [header, ...rows] = csv.text.trim().split("\n");
    expect(header?.startsWith("layer,")).toBe(true);
    expect(new Set(rows.map((row) => row.split(",")[0]))).toEqual(new Set(["offices", "requests", "detention"]));
    for (const row of rows) expect(row).toContain("st-chiapas");
    // Requests in every year with a breakdown, not only 2021.
    expect(rows.filter((row) => row.startsWith("requests,")).length).toBe(5);
  }
  const json = await download(page, page.locator('.chart-share a[data-download="json"]'));
  expect(json.name).toBe("atlas-chiapas.json");
  const body = JSON.parse(json.text) as { view: unknown; data: Array<Record<string, unknown>> };
  expect(body.view).toEqual({ state: "chiapas" });
  expect(body.data.length).toBe(10);
  // The requests-by-state chart page does the same with its own rows; with no state the build's file.
  await page.goto("/es/charts/map-requests-by-state/?state=tabasco");
  const tabasco = await download(page, page.locator('.chart-share a[data-download="csv"]'));
  expect(tabasco.name).toBe("map-requests-by-state-tabasco.csv");
  expect(tabasco.text.trim().split("\n").slice(1).every((row) => row.startsWith("st-tabasco,"))).toBe(true);
  await page.goto("/map/");
  const all = await download(page, page.locator('.chart-share a[data-download="csv"]'));
  expect(all.name).toBe("data.csv");
  expect(all.text.trim().split("\n").length).toBeGreaterThan(40);
});

test("the exported card names the state and year in its title and outlines the state", async ({ page }) => {
  await page.goto("/map/?year=2021&state=chiapas");
  const card = await download(page, page.locator('.chart-share a[data-export="svg"]'));
  expect(card.name).toBe("atlas-chiapas-2021.svg");
  const doc = new JSDOM(card.text, { contentType: "image/svg+xml" }).window.document;
  const texts = [...doc.querySelectorAll("text")].map((text) => text.textContent ?? "");
  expect(texts.join(" ")).toContain("Asylum and detention in Mexico, on one map (Chiapas · 2021)");
  // Named once, in the title, not again in the view line.
  expect(texts.some((text) => text.includes("State: Chiapas"))).toBe(false);
  const stroke = (slug: string) => parseFloat(/stroke-width:([\d.]+)px/.exec(doc.querySelector(`[data-key="st-${slug}"]`)?.getAttribute("style") ?? "")?.[1] ?? "0");
  expect(stroke("chiapas")).toBeGreaterThan(stroke("tabasco"));
  await page.goto("/es/charts/map-requests-by-state/?year=2022&state=tabasco");
  const es = await download(page, page.locator('.chart-share a[data-export="svg"]'));
  expect(es.name).toBe("map-requests-by-state-tabasco-2022.svg");
  expect(new JSDOM(es.text, { contentType: "image/svg+xml" }).window.document.documentElement.textContent?.replace(/\s+/g, " ")).toContain("(Tabasco · 2022)");
});

test("the embed of the map applies ?state= and still fits its suggested height at 320, 600 and 1000 px", async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto("/map/?year=2021&state=chiapas");
  const height = Number(await page.locator("[data-share-root]").getAttribute("data-embed-height"));
  expect(height).toBeGreaterThan(300);
  await page.close();
  for (const width of [320, 600, 1000]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const embed = await context.newPage();
    await embed.goto("/embed/map-requests-by-state/?year=2021&state=chiapas");
    await expect(embed.locator("figure.chart")).toHaveAttribute("data-state", "chiapas");
    await expect(embed.locator('select[data-param="state"]')).toHaveValue("chiapas");
    await embed.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(await embed.evaluate(() => document.documentElement.scrollHeight), `${width} px`).toBeLessThanOrEqual(height);
    await context.close();
  }
  // Without JavaScript the embed shows its default view (no state outlined).
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto("/embed/map-requests-by-state/?state=chiapas");
  await expect(plain.locator("figure.chart")).toHaveAttribute("data-state", "none");
  await noJs.close();
});
