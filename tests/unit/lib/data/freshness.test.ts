import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { freshness } from "~/lib/data/freshness";
import { CADENCES } from "~/lib/data/metadata";
import { loadSources, type Source } from "~/lib/data/sources";

const ROOT = join(import.meta.dirname, "../../../..");
const FIXTURES = join(ROOT, "tests/fixtures/data/valid");
const DEC_2026 = new Date("2026-12-02T12:00:00Z");

function source(id: string, tier: Source["tier"], date: string): [string, Source] {
  return [id, { id, tier, date_published: date } as Source];
}
const registry = new Map([source("agency", 1, "2026-01-15"), source("copy", 5, "2024"), source("wire", 3, "2025-10-02")]);
const meta = (cadence: (typeof CADENCES)[number]) => ({ cadence, checked: "2026-11-22" }) as never;

describe("freshness of a dataset", () => {
  it("a partial year is the latest observation, marked partial; a yearly series is overdue without last year", () => {
    const entry = { columns: ["year", "requests", "months"], records: [{ year: 2024, months: 12 }, { year: 2025, months: 9 }], rowSources: [["copy"], ["wire"]], meta: meta("yearly") };
    const f = freshness(entry, registry, DEC_2026);
    expect(f.latest).toEqual({ start: "2025-01", end: "2025-09", partial: true });
    expect(f.expectedThrough).toBe("2025");
    expect(f.overdue).toBe(true);
    expect(f.rowsByTier).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0, 5: 1 });
    expect(f.newestSource).toBe("2025-10-02");
  });

  it("a full last year is current; before March the year before last is enough", () => {
    const entry = { columns: ["year", "months"], records: [{ year: 2025, months: 12 }], rowSources: [["agency"]], meta: meta("yearly") };
    expect(freshness(entry, registry, DEC_2026).overdue).toBe(false);
    const older = { ...entry, records: [{ year: 2024, months: 12 }] };
    expect(freshness(older, registry, DEC_2026).overdue).toBe(true);
    expect(freshness(older, registry, new Date("2026-02-10T12:00:00Z")).overdue).toBe(false);
  });

  it("periods end where their last observation ends; a monthly series allows two months' lag; one-off data is never overdue", () => {
    const periods = { columns: ["period_start", "period_end"], records: [{ period_start: "2026-01-01", period_end: "2026-09-30" }, { period_start: "2019-01-01", period_end: "2019-12-31" }], rowSources: [["agency"], ["agency"]], meta: meta("monthly") };
    const f = freshness(periods, registry, DEC_2026);
    expect(f.latest).toEqual({ start: "2026-01-01", end: "2026-09-30", partial: false });
    expect(f.expectedThrough).toBe("2026-10");
    expect(f.overdue).toBe(true);
    expect(freshness({ ...periods, meta: meta("one-off") }, registry, DEC_2026).overdue).toBe(false);
    const events = { columns: ["date"], records: [{ date: "2026-11" }, { date: "2026-02-04" }], rowSources: [["wire"], ["wire"]], meta: meta("monthly") };
    expect(freshness(events, registry, DEC_2026)).toMatchObject({ latest: { end: "2026-11" }, overdue: false });
  });
});

describe("metadata fields every dataset carries", () => {
  it("each dataset states when it was checked (a day, not in the future) and a known cadence", () => {
    for (const id of datasetIds()) {
      const { meta } = getCatalogEntry(id);
      expect(meta.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Date.parse(meta.checked), id).toBeLessThanOrEqual(Date.now());
      expect(CADENCES, id).toContain(meta.cadence);
    }
  });

  it("every registered source has a tier from 1 to 5", () => {
    for (const s of loadSources().values()) expect([1, 2, 3, 4, 5], s.id).toContain(s.tier);
  });
});

describe("npm run data:status", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/data-status.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, REFUGIO_TODAY: "2026-12-02", ...env } });

  it("reports the fixture dataset's latest observation, tiers, cadence and status", () => {
    const report = JSON.parse(run(["--json"], { REFUGIO_DATA_DIR: FIXTURES })) as { today: string; datasets: Array<Record<string, unknown>> };
    expect(report.today).toBe("2026-12-02");
    expect(report.datasets).toEqual([
      { dataset: "asylum-requests-by-year", latest: "2016-01…2016-06 (partial)", newestSource: "2024-01-10", checked: "2026-11-22", daysSinceChecked: 10, tiers: { 1: 0, 2: 0, 3: 2, 4: 2, 5: 0 }, cadence: "yearly", expectedThrough: "2025", status: "OVERDUE" },
    ]);
  }, 30_000);

  it("prints one line per dataset of the real data folder and a summary of those past their cadence", () => {
    const text = run([]);
    const ids = datasetIds();
    for (const id of ids) expect(text).toMatch(new RegExp(`^${id} `, "m"));
    const overdue = text.split("\n").filter((line) => / OVERDUE$/.test(line)).length;
    expect(text).toContain(`${overdue} of ${ids.length} datasets past their cadence`);
  }, 30_000);
});
