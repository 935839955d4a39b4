// `npm run bench` (after `npm run build`): first chart paint on each kind of chart page, side by side
// with the limit (a bare page holding only that SVG) and the peer (Observable Plot drawing the same
// CSV in the browser), then Lighthouse on every page kind in both languages. Issue 14; README "Speed".
//
//   npm run bench                      7 alternating runs per page, then Lighthouse (about 15 minutes here)
//   npm run bench -- --runs 9          more runs
//   npm run bench -- --no-lighthouse   paint table only
//   npm run bench -- --only /map/      only the pages whose path contains /map/ (paint table and Lighthouse)
//   npm run bench -- --smoke           CI: 2 runs of the chart page, its limit and the peer, one Lighthouse run
//
// It is a benchmark, not a timed test: it fails only when a page cannot be measured.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runLighthouse } from "./lighthouse.mjs";
import { launchBrowser, measureOnce, MOBILE } from "./measure.mjs";
import { LIGHTHOUSE_PATHS, PAINT_PAGES, PEER_CHART, SEO_EXEMPT } from "./pages.mjs";
import { limitPage, peerPage } from "./references.mjs";
import { startServer } from "./server.mjs";
import { formatLighthouse, formatPaintTable, median } from "./report.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const DIST = resolve(process.env.REFUGIO_OUT_DIR ?? join(ROOT, "dist"));
const RESULTS = join(ROOT, "tests", "bench", "results");

const args = process.argv.slice(2);
const smoke = args.includes("--smoke");
const runsArg = args.indexOf("--runs");
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : smoke ? 2 : 7;
const withLighthouse = !args.includes("--no-lighthouse");
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a whole number ≥ 1");
if (!existsSync(join(DIST, "index.html"))) {
  console.error(`No built site in ${DIST}: run \`npm run build\` first.`);
  process.exit(1);
}

const log = (/** @type {string} */ line) => console.error(line);
const pages = new Map([["/__bench/peer/", peerPage(PEER_CHART)]]);
const server = await startServer({ dist: DIST, root: ROOT, pages });
const browser = await launchBrowser();
const onlyArg = args.indexOf("--only");
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? "") : undefined;
const targets = smoke ? PAINT_PAGES.slice(0, 1) : PAINT_PAGES.filter((page) => only === undefined || page.path.includes(only));

try {
  // Unthrottled warm-up: finds each page's first chart SVG and builds its limit page from it.
  /** @type {Array<{ name: string, path: string, limitPath: string, target: import("./pages.mjs").BenchPage }>} */
  const plan = [];
  for (const target of targets) {
    const found = await measureOnce(browser, server.origin + target.path, { throttle: false });
    const hash = createHash("sha256").update(found.svg).digest("hex").slice(0, 10);
    const limitPath = `/__bench/limit/${hash}/`;
    pages.set(limitPath, limitPage(found.svg));
    plan.push({ name: target.name, path: target.path, limitPath, target });
    log(`found the first chart of ${target.path}: ${found.svg.length} characters of SVG${found.inViewport ? "" : " (below the first screen)"}`);
  }
  const urls = [...new Set([...plan.flatMap((entry) => [entry.path, entry.limitPath]), "/__bench/peer/"])];

  /** @type {Map<string, Array<Awaited<ReturnType<typeof measureOnce>>>>} */
  const samples = new Map(urls.map((url) => [url, []]));
  for (let run = 0; run < runs; run += 1) {
    // Alternating: every run visits every page, each run starting one page later.
    const order = urls.map((_, index) => urls[(index + run) % urls.length]);
    for (const url of order) samples.get(url)?.push(await measureOnce(browser, server.origin + url));
    log(`run ${run + 1}/${runs} done`);
  }

  const summary = (/** @type {string} */ url) => {
    const list = samples.get(url) ?? [];
    return {
      chartPaintMs: Math.round(median(list.map((s) => s.chartPaint))),
      firstContentfulPaintMs: Math.round(median(list.map((s) => s.firstContentfulPaint ?? NaN))),
      htmlReceivedMs: Math.round(median(list.map((s) => s.timing.responseEnd))),
      domInteractiveMs: Math.round(median(list.map((s) => s.timing.domInteractive))),
      domContentLoadedMs: Math.round(median(list.map((s) => s.timing.domContentLoaded))),
      minMs: Math.round(Math.min(...list.map((s) => s.chartPaint))),
      maxMs: Math.round(Math.max(...list.map((s) => s.chartPaint))),
      bytes: Math.round(median(list.map((s) => s.bytes))),
      requests: Math.round(median(list.map((s) => s.requests))),
      runsMs: list.map((s) => Math.round(s.chartPaint)),
    };
  };
  const peer = summary("/__bench/peer/");
  const rows = plan.map((entry) => {
    const page = summary(entry.path);
    const limit = summary(entry.limitPath);
    // Ratios are taken within each run (the page and its reference measured minutes apart at most)
    // and their median reported: the machine's load drifts over a benchmark, and a run-by-run
    // ratio cancels most of that drift, where a ratio of two medians would not.
    const paired = (/** @type {number[]} */ a, /** @type {number[]} */ b) => median(a.map((value, run) => value / (b[run] ?? NaN)));
    const timesLimit = paired(page.runsMs, limit.runsMs);
    const timesFasterThanPeer = paired(peer.runsMs, page.runsMs);
    const meetsLimit = entry.target.maxTimesLimit === undefined || timesLimit <= entry.target.maxTimesLimit;
    const meetsPeer = entry.target.minTimesFasterThanPeer === undefined || timesFasterThanPeer >= entry.target.minTimesFasterThanPeer;
    return { name: entry.name, path: entry.path, page, limit, timesLimit, timesFasterThanPeer, target: entry.target, met: meetsLimit && meetsPeer };
  });
  console.log(formatPaintTable(rows, peer, runs));

  let lighthouse = [];
  if (withLighthouse) {
    // --only limits Lighthouse too, to the pages (both languages) whose path contains it.
    const paths = smoke ? LIGHTHOUSE_PATHS.slice(2, 3) : [...LIGHTHOUSE_PATHS, ...LIGHTHOUSE_PATHS.map((path) => `/es${path}`)].filter((path) => only === undefined || path.includes(only));
    lighthouse = (await runLighthouse(paths.map((path) => server.origin + path), log)).map((result) => ({ ...result, path: new URL(result.url).pathname, seoExempt: SEO_EXEMPT(new URL(result.url).pathname) }));
    console.log(formatLighthouse(lighthouse));
  }

  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, smoke ? "smoke.json" : "bench-results.json");
  const measuredAt = new Date().toISOString();
  writeFileSync(file, `${JSON.stringify({ measuredAt, runs, profile: MOBILE, peer, pages: rows, lighthouse }, null, 2)}\n`);
  log(`wrote ${file}`);
  const failures = lighthouse.filter((result) => result.error);
  if (failures.length > 0) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
