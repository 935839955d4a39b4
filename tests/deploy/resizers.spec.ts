import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type ElementHandle, type Frame, type Page } from "@playwright/test";
import { CHART_IDS } from "../../src/lib/charts/types";
import { EMBED_FIT_WIDTHS_PX } from "../../src/lib/share/embed-fit";
import { resizerCode } from "../../src/lib/share/share";

/**
 * Every embed, both languages (the language twins /embed/<id>/ and /es/embed/<id>/ on one page),
 * pasted with its published embed code (the oEmbed `html`) into a host page on another origin,
 * under each resizer a host may already run: Datawrapper's three lookups, our /embed.js, and none.
 * At each width every iframe must show its whole embed with no inner scroll; with a script, it
 * must also have been resized to its content (not just left at the suggested height).
 */
const SITE = `http://127.0.0.1:${process.env["DEPLOY_PORT"] ?? 8788}`;
const HOST = `http://127.0.0.1:${Number(process.env["DEPLOY_PORT"] ?? 8788) + 1}`;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCRIPTS = process.env["RESIZER_SCRIPTS_DIR"] ?? join(ROOT, "tests/fixtures/resizers");
const EMBEDS = [...CHART_IDS, "timeline"].flatMap((id) => [`/oembed/${id}.json`, `/es/oembed/${id}.json`]);

/** The embed codes as published, pointed at the site under test. */
function embedCodes(): string[] {
  return EMBEDS.map((path) => {
    const { html } = JSON.parse(readFileSync(join(ROOT, "dist", path), "utf8")) as { html: string };
    // Eager: 34 iframes stacked are tens of thousands of px tall, and a lazy one far below the
    // fold never loads, which would hide it from the test rather than test it.
    return html.replaceAll("https://refugio.example", SITE).replace('loading="lazy"', 'loading="eager"');
  });
}

const RESIZERS = {
  none: "",
  "datawrapper by id": `<script>${readFileSync(join(SCRIPTS, "by-id.js"), "utf8")}</script>`,
  "datawrapper by id or src": `<script>${readFileSync(join(SCRIPTS, "by-id-or-src.js"), "utf8")}</script>`,
  "datawrapper by source window": `<script>${readFileSync(join(SCRIPTS, "by-source.js"), "utf8")}</script>`,
  "refugio /embed.js": resizerCode(SITE),
} as const;

/**
 * Records, for every "datawrapper-height" message, its key and whether chart-core's lookup
 * (id "datawrapper-chart-<key>", else the first iframe whose src contains the key) finds the
 * iframe that sent it: a key shared by two embeds would resize the wrong one.
 */
const RECORDER = `<script>window.keys = []; addEventListener("message", function (e) {
  var h = e.data && e.data["datawrapper-height"]; if (!h) return;
  for (var key in h) { var f = document.getElementById("datawrapper-chart-" + key) || document.querySelector("iframe[src*='" + key + "']");
    window.keys.push({ key: key, found: !!f && f.contentWindow === e.source }); }
});</script>`;

async function hostPage(page: Page, resizer: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${HOST}/`);
  // document.write keeps the host's origin and runs the scripts, as a CMS page would.
  await page.setContent(`<!doctype html><html lang="en"><title>Host</title><body style="margin:0">${RECORDER}${embedCodes().join("\n")}${resizer}</body></html>`, { waitUntil: "load" });
  const frames: Array<{ src: string; iframe: ElementHandle; frame: Frame }> = [];
  for (const iframe of await page.locator("iframe").elementHandles()) {
    const frame = await iframe.contentFrame();
    if (!frame) throw new Error("an iframe without a document");
    await frame.evaluate(() => document.fonts.ready.then(() => undefined));
    frames.push({ src: (await iframe.getAttribute("src")) ?? "", iframe, frame });
  }
  expect(frames).toHaveLength(EMBEDS.length);
  return frames;
}

/** The iframe's height, its content's and the height its document scrolls to. */
async function sizes(iframe: ElementHandle, frame: Frame) {
  const outer = await iframe.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
  const inner = await frame.evaluate(() => ({ content: Math.ceil(document.body.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, viewport: document.documentElement.clientHeight }));
  return { outer, ...inner };
}

for (const [name, resizer] of Object.entries(RESIZERS)) {
  test(`${name}: all ${EMBEDS.length} embeds fit at ${EMBED_FIT_WIDTHS_PX.join(", ")} px`, async ({ page }) => {
    test.setTimeout(240_000);
    for (const width of EMBED_FIT_WIDTHS_PX) {
      const frames = await hostPage(page, resizer, width);
      for (const { src, iframe, frame } of frames) {
        const where = `${src} at ${width} px`;
        if (resizer) {
          // Resized to its content, within rounding.
          await expect.poll(async () => { const s = await sizes(iframe, frame); return Math.abs(s.outer - s.content); }, { message: where, timeout: 15_000 }).toBeLessThanOrEqual(2);
        }
        const s = await sizes(iframe, frame);
        // No inner scroll: the document is no taller than the iframe shows.
        expect(s.scroll, `${where}: content ${s.scroll} px, iframe ${s.viewport} px`).toBeLessThanOrEqual(s.viewport);
      }
      const keys = await page.evaluate(() => (window as unknown as { keys: Array<{ key: string; found: boolean }> }).keys);
      // Every embed announced its height under a key of its own that finds it, English and Spanish alike.
      expect(new Set(keys.map((k) => k.key)).size).toBe(EMBEDS.length);
      expect(keys.filter((k) => !k.found)).toEqual([]);
    }
  });
}
