import { expect, test } from "@playwright/test";

test("switching language keeps the page and the view", async ({ page }) => {
  await page.goto("/charts/asylum-requests-by-nationality/?highlight=HTI&as=share");
  await page.locator("[data-language-switch]").click();
  await expect(page).toHaveURL(/\/es\/charts\/asylum-requests-by-nationality\/\?highlight=HTI&as=share$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("figure.chart")).toHaveAttribute("data-highlight", "HTI");
  await expect(page.locator("h1")).toContainText("Quién pide asilo");
  await page.locator("[data-language-switch]").click();
  await expect(page).toHaveURL(/\/charts\/asylum-requests-by-nationality\/\?highlight=HTI&as=share$/);
});

test("the language switch keeps a timeline permalink", async ({ page }) => {
  await page.goto("/timeline/?category=enforcement#2019-06-07-joint-declaration");
  await page.locator("[data-language-switch]").click();
  await expect(page).toHaveURL(/\/es\/timeline\/\?category=enforcement#2019-06-07-joint-declaration$/);
  await expect(page.locator('[id="2019-06-07-joint-declaration"]')).toBeFocused();
});

test("numbers and dates follow es-MX on Spanish pages", async ({ page }) => {
  await page.goto("/es/charts/asylum-requests-by-year/");
  await expect(page.locator(".chart-summary")).toContainText("La COMAR recibió 1,296 solicitudes de asilo en 2013");
  await page.goto("/es/sources/");
  await expect(page.locator("body")).toContainText("5 de marzo de 2021");
});

test("an embed with ?lang=es opens the Spanish embed", async ({ page }) => {
  await page.goto("/embed/comar-backlog/?lang=es&theme=dark");
  await expect(page).toHaveURL(/\/es\/embed\/comar-backlog\/\?theme=dark$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});
