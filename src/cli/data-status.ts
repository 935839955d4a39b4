/**
 * `npm run data:status`: the first thing to run when bringing Refugio up to date. Per dataset:
 * its latest observation, the newest source it cites, days since its figures were last
 * checked, its rows by source tier (1 = the producer … 5 = a copy or aggregator), its cadence,
 * and whether it is past what that cadence should have published by today.
 * `--json` prints the same as JSON. The exit code is 0: it is a report, not a check.
 */
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { daysSince, freshness } from "~/lib/data/freshness";
import { loadSources } from "~/lib/data/sources";

const today = process.env["REFUGIO_TODAY"] ? new Date(`${process.env["REFUGIO_TODAY"]}T12:00:00Z`) : new Date();
const sources = loadSources();
const rows = datasetIds().map((id) => {
  const entry = getCatalogEntry(id);
  const f = freshness(entry, sources, today);
  return {
    dataset: id,
    latest: f.latest ? `${f.latest.start === f.latest.end ? f.latest.end : `${f.latest.start}…${f.latest.end}`}${f.latest.partial ? " (partial)" : ""}` : "—",
    newestSource: f.newestSource ?? "—",
    checked: f.checked,
    daysSinceChecked: daysSince(f.checked, today),
    tiers: f.rowsByTier,
    cadence: f.cadence,
    expectedThrough: f.expectedThrough ?? "—",
    status: f.overdue ? "OVERDUE" : "ok",
  };
});

if (process.argv.includes("--json")) {
  process.stdout.write(`${JSON.stringify({ today: today.toISOString().slice(0, 10), datasets: rows }, null, 2)}\n`);
} else {
  const header = ["dataset", "latest observation", "newest source", "checked", "days", "rows by tier 1/2/3/4/5", "cadence", "expected through", "status"];
  const table = rows.map((r) => [r.dataset, r.latest, r.newestSource, r.checked, String(r.daysSinceChecked), Object.values(r.tiers).join("/"), r.cadence, r.expectedThrough, r.status]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ").trimEnd();
  process.stdout.write(`Data status on ${today.toISOString().slice(0, 10)}\n\n${line(header)}\n${line(widths.map((w) => "-".repeat(w)))}\n${table.map(line).join("\n")}\n`);
  const overdue = rows.filter((r) => r.status === "OVERDUE").map((r) => r.dataset);
  process.stdout.write(`\n${overdue.length} of ${rows.length} datasets past their cadence${overdue.length ? `: ${overdue.join(", ")}` : ""}\n`);
}
