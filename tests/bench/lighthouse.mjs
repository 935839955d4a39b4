// Lighthouse (npm `lighthouse`) over pages of the benchmark's server, with its default config:
// mobile form factor, simulated slow-4G throttling and 4× CPU slowdown (the same profile the paint
// benchmark applies for real). One Chromium serves every run; Lighthouse clears storage between them.
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { CHROMIUM, CHROMIUM_FLAGS } from "./measure.mjs";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/**
 * @param {string[]} urls
 * @param {(line: string) => void} log
 * @returns {Promise<Array<{ url: string, scores: Record<string, number>, lcpMs: number, fcpMs: number, tbtMs: number, clsScore: number, lcpElement: string | undefined, error?: string }>>}
 */
export async function runLighthouse(urls, log) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  const results = [];
  try {
    for (const url of urls) {
      try {
        const runner = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
        const lhr = runner?.lhr;
        if (!lhr) throw new Error("no report");
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
        // Lighthouse 13 names the LCP element in its LCP breakdown insight.
        const lcpElement = lhr.audits["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node")?.selector;
        const result = {
          url,
          scores,
          lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN),
          fcpMs: Math.round(lhr.audits["first-contentful-paint"]?.numericValue ?? NaN),
          tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? NaN),
          clsScore: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
          lcpElement,
        };
        results.push(result);
        log(`lighthouse ${new URL(url).pathname}: performance ${scores.performance}, LCP ${result.lcpMs} ms`);
      } catch (error) {
        results.push({ url, scores: {}, lcpMs: NaN, fcpMs: NaN, tbtMs: NaN, clsScore: NaN, lcpElement: undefined, error: String(error) });
        log(`lighthouse ${url}: ${String(error)}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
