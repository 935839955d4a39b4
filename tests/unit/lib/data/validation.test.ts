import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { DataValidationError, type DataIssue } from "~/lib/data/errors";
import { parseSources } from "~/lib/data/sources";

const FIXTURES = join(import.meta.dirname, "../../../fixtures/data");
const DATASET = "asylum-requests-by-year";
const temporary: string[] = [];

/** A copy of the valid fixtures with one file replaced by a broken variant. */
function fixtureWith(broken?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "refugio-data-"));
  temporary.push(dir);
  cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
  if (broken) {
    const target = broken.endsWith(".meta.json") ? `${DATASET}.meta.json` : `${DATASET}.csv`;
    copyFileSync(join(FIXTURES, "broken", broken), join(dir, target));
  }
  return dir;
}

function issuesOf(load: () => unknown): DataIssue[] {
  try {
    load();
  } catch (error) {
    if (error instanceof DataValidationError) return [...error.issues];
    throw error;
  }
  throw new Error("expected the data to be rejected");
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("dataset validation", () => {
  it("loads the valid fixture with typed values", () => {
    const { rows, meta } = loadAsylumRequestsByYear(fixtureWith());
    expect(meta.unit).toBe("people");
    expect(rows.map((r) => [r.year, r.requests, r.months])).toEqual([
      [2013, 100, 12],
      [2014, 250, 12],
      [2015, 400, 12],
      [2016, 90, 6],
    ]);
  });

  const cases: Array<{ file: string; rule: DataIssue["rule"]; line: number; column: number; shownFile: string }> = [
    { file: "missing-column.csv", rule: "missing-column", line: 1, column: 4, shownFile: `${DATASET}.csv` },
    { file: "not-a-number.csv", rule: "not-a-number", line: 3, column: 2, shownFile: `${DATASET}.csv` },
    { file: "negative-count.csv", rule: "negative-count", line: 4, column: 2, shownFile: `${DATASET}.csv` },
    { file: "duplicate-key.csv", rule: "duplicate-key", line: 4, column: 1, shownFile: `${DATASET}.csv` },
    { file: "unknown-source.csv", rule: "unknown-source", line: 3, column: 4, shownFile: `${DATASET}.csv` },
    { file: "year-out-of-range.csv", rule: "year-out-of-range", line: 3, column: 1, shownFile: `${DATASET}.csv` },
    { file: "unknown-unit.meta.json", rule: "unknown-unit", line: 6, column: 11, shownFile: `${DATASET}.meta.json` },
  ];

  for (const c of cases) {
    it(`rejects ${c.file} with rule ${c.rule} at line ${c.line}, column ${c.column}`, () => {
      const dir = fixtureWith(c.file);
      const issues = issuesOf(() => loadAsylumRequestsByYear(dir));
      expect(issues).toHaveLength(1);
      const [issue] = issues as [DataIssue];
      expect(issue.rule).toBe(c.rule);
      expect(issue.file.endsWith(c.shownFile)).toBe(true);
      expect(issue.line).toBe(c.line);
      expect(issue.column).toBe(c.column);
    });
  }

  it("puts file, line, column and rule in the error message the build prints", () => {
    const dir = fixtureWith("negative-count.csv");
    expect(() => loadAsylumRequestsByYear(dir)).toThrow(/asylum-requests-by-year\.csv:4:2 \(requests\) \[negative-count\]/);
  });

  it("reports every problem in one run, not just the first", () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, `${DATASET}.csv`), "year,requests,months,source\n2013,x,12,report-a\n2014,-1,12,report-a\n2015,5,12,nope\n");
    const rules = issuesOf(() => loadAsylumRequestsByYear(dir)).map((i) => `${i.line}:${i.rule}`);
    expect(rules).toEqual(["2:not-a-number", "3:negative-count", "4:unknown-source"]);
  });

  it("rejects a revision that matches no row and a metadata source missing from the registry", () => {
    const dir = fixtureWith();
    const metaPath = join(dir, `${DATASET}.meta.json`);
    const meta = readFileSync(metaPath, "utf8").replace('"key": "2013"', '"key": "1999"').replace('["report-a", "wire-b"]', '["report-a", "ghost"]');
    writeFileSync(metaPath, meta);
    const issues = issuesOf(() => loadAsylumRequestsByYear(dir));
    expect(issues.map((i) => i.rule).sort()).toEqual(["not-allowed", "unknown-source"]);
  });

  it("never coerces: a count with spaces, a decimal count and an empty cell are errors", () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, `${DATASET}.csv`), "year,requests,months,source\n2013, 100,12,report-a\n2014,2.5,12,report-a\n2015,,12,report-a\n");
    expect(issuesOf(() => loadAsylumRequestsByYear(dir)).map((i) => i.rule)).toEqual(["not-a-number", "not-a-whole-number", "empty-value"]);
  });

  it("rejects a row with too many fields and an unbalanced quote as malformed", () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, `${DATASET}.csv`), 'year,requests,months,source\n2013,100,12,report-a,extra\n');
    expect(issuesOf(() => loadAsylumRequestsByYear(dir))[0]).toMatchObject({ rule: "malformed-file", line: 2 });
    writeFileSync(join(dir, `${DATASET}.csv`), 'year,requests,months,source\n2013,"100,12,report-a\n');
    expect(issuesOf(() => loadAsylumRequestsByYear(dir))[0]).toMatchObject({ rule: "malformed-file", line: 2 });
  });

  it("rejects an unknown column in the header", () => {
    const dir = fixtureWith();
    writeFileSync(join(dir, `${DATASET}.csv`), "year,requests,months,source,comment\n2013,100,12,report-a,hi\n");
    expect(issuesOf(() => loadAsylumRequestsByYear(dir))[0]).toMatchObject({ rule: "unknown-column", line: 1, column: 5 });
  });
});

describe("source registry validation", () => {
  it("rejects a bad URL, an unknown kind and a malformed date with their positions", () => {
    const text = [
      "id,kind,tier,publisher,title,url,date_published,date_accessed,language,note,publisher_es,note_es",
      "a,press,4,P,T,not a url,2020,2026-11-22,en,,,",
      "b,blog,4,P,T,https://x.org,2020,2026-11-22,en,,,",
      "c,press,4,P,T,https://x.org,2020-13,2026-11-22,en,,,",
    ].join("\n");
    const issues = issuesOf(() => parseSources("sources.csv", text));
    expect(issues.map((i) => [i.line, i.column, i.rule])).toEqual([
      [2, 6, "not-a-url"],
      [3, 2, "not-allowed"],
      [4, 7, "not-a-date"],
    ]);
  });
});
