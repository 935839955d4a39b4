// One page load under Lighthouse's mobile profile, in a fresh browser context (empty cache), with
// the throttling applied through the Chrome DevTools Protocol before navigation.
import { chromium } from "playwright-core";
import { paintProbe } from "./paint-probe.mjs";

export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/**
 * Lighthouse's mobile profile (its "slow 4G" constants): 150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up, CPU 4× slower; the Moto G Power screen, 412×823 CSS px at 1.75 device pixels.
 */
export const MOBILE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS.filter((flag) => flag !== "--headless"), headless: true });
}

/**
 * @param {import("playwright-core").Browser} browser
 * @param {string} url
 * @param {{ throttle?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<{ chartPaint: number, firstContentfulPaint: number | undefined, timing: { responseEnd: number, domInteractive: number, domContentLoaded: number }, bytes: number, requests: number, inViewport: boolean, svg: string }>}
 */
export async function measureOnce(browser, url, { throttle = true, timeoutMs = 30_000 } = {}) {
  const context = await browser.newContext({ viewport: MOBILE.viewport, deviceScaleFactor: MOBILE.deviceScaleFactor, isMobile: true, hasTouch: true });
  try {
    await context.addInitScript(paintProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    /** Bytes on the wire (compressed, with headers) per request, from the network stack. */
    const wire = new Map();
    cdp.on("Network.loadingFinished", (event) => wire.set(event.requestId, event.encodedDataLength));
    if (throttle) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: MOBILE.latencyMs,
        downloadThroughput: MOBILE.downloadBytesPerSecond,
        uploadThroughput: MOBILE.uploadBytesPerSecond,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpuSlowdown });
    }
    await page.goto(url, { waitUntil: "load", timeout: timeoutMs });
    await page.waitForFunction(() => window.__benchPaint?.svg !== undefined, undefined, { timeout: timeoutMs, polling: 100 });
    // Late requests (fonts, lazy modules) count toward the page's weight: let the network settle.
    await page.waitForLoadState("networkidle", { timeout: timeoutMs }).catch(() => undefined);
    const probe = await page.evaluate(() => window.__benchPaint);
    const timing = await page.evaluate(() => {
      const [nav] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType("navigation"));
      return { responseEnd: nav?.responseEnd, domInteractive: nav?.domInteractive, domContentLoaded: nav?.domContentLoadedEventEnd };
    });
    return {
      chartPaint: probe.chartPaint,
      firstContentfulPaint: probe.paints["first-contentful-paint"],
      /** The HTML fully received, the parser done, DOMContentLoaded handlers done (module scripts run before it). */
      timing,
      bytes: [...wire.values()].reduce((sum, bytes) => sum + bytes, 0),
      requests: wire.size,
      inViewport: probe.inViewport,
      svg: probe.svg,
    };
  } finally {
    await context.close();
  }
}
