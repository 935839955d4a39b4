// The benchmark's tables, as Markdown so the README can carry them as printed.

/** @param {number[]} values */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)}`;
const times = (/** @type {number} */ ratio) => `${ratio.toFixed(2)}×`;

/**
 * @param {Array<{ name: string, page: any, limit: any, timesLimit: number, timesFasterThanPeer: number, target: any, met: boolean }>} rows
 * @param {any} peer
 * @param {number} runs
 */
export function formatPaintTable(rows, peer, runs) {
  const target = (/** @type {any} */ t) =>
    [t.maxTimesLimit !== undefined ? `≤ ${t.maxTimesLimit}× limit` : "", t.minTimesFasterThanPeer !== undefined ? `≥ ${t.minTimesFasterThanPeer}× peer` : ""].filter(Boolean).join(", ") || "—";
  const lines = [
    `First chart paint, median of ${runs} alternating runs (ms since navigation; min–max), bytes on the wire (KB, gzip); ratios are medians of the ratios within each run:`,
    "",
    "| page | chart paint (ms) | KB | limit (ms) | limit KB | × limit | × faster than peer | target | met |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows.map((row) =>
      `| ${row.name} | ${row.page.chartPaintMs} (${row.page.minMs}–${row.page.maxMs}) | ${kb(row.page.bytes)} | ${row.limit.chartPaintMs} | ${kb(row.limit.bytes)} | ${times(row.timesLimit)} | ${times(row.timesFasterThanPeer)} | ${target(row.target)} | ${row.target.maxTimesLimit === undefined && row.target.minTimesFasterThanPeer === undefined ? "—" : row.met ? "yes" : "**no**"} |`,
    ),
    `| peer (Plot + d3 + CSV, client-side) | ${peer.chartPaintMs} (${peer.minMs}–${peer.maxMs}) | ${kb(peer.bytes)} | | | | 1.00× | | |`,
  ];
  lines.push(
    "",
    "Where the time goes (medians, ms since navigation): HTML received → parser done → first contentful paint → chart painted → DOMContentLoaded:",
    "",
    ...[...rows.flatMap((row) => [[row.name, row.page], [`${row.name}: limit`, row.limit]]), ["peer", peer]].map(
      ([name, s]) => `- ${name}: ${s.htmlReceivedMs} → ${s.domInteractiveMs} → ${s.firstContentfulPaintMs} → ${s.chartPaintMs} → ${s.domContentLoadedMs}`,
    ),
  );
  return lines.join("\n");
}

/** @param {Array<{ path: string, scores: Record<string, number>, lcpMs: number, fcpMs: number, tbtMs: number, clsScore: number, seoExempt: boolean, error?: string }>} results */
export function formatLighthouse(results) {
  const lines = [
    "",
    "Lighthouse (default mobile config, simulated throttling): performance ≥ 95 and LCP ≤ 1.5 s on every page kind; accessibility, best practices, SEO ≥ 95 / 100 / 100 (SEO on embeds exempt):",
    "",
    "| page | performance | LCP (ms) | FCP (ms) | TBT (ms) | CLS | accessibility | best practices | SEO | met |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    if (r.error) {
      lines.push(`| ${r.path} | error: ${r.error.replaceAll("|", "/")} | | | | | | | | **no** |`);
      continue;
    }
    const met = r.scores.performance >= 95 && r.lcpMs <= 1500;
    lines.push(
      `| ${r.path} | ${r.scores.performance} | ${r.lcpMs} | ${r.fcpMs} | ${r.tbtMs} | ${r.clsScore} | ${r.scores.accessibility} | ${r.scores["best-practices"]} | ${r.seoExempt ? `(${r.scores.seo})` : r.scores.seo} | ${met ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n");
}
