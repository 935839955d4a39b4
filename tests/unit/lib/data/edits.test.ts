import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDataFolder } from "~/lib/data/check";
import { DataValidationError, MAX_LISTED_ISSUES, type DataIssue } from "~/lib/data/errors";
import { loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";

/**
 * Data as people really edit it: the real data folder, copied, with one edit a spreadsheet or a
 * careless hand makes. Spreadsheet formatting must be accepted; every other edit must be
 * rejected with a rule pointing at the cell (file, line, column), never a stack trace.
 */
const DATA = join(import.meta.dirname, "../../../../data");
const copies: string[] = [];

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), "refugio-edit-"));
  copies.push(dir);
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Line number (1-based) of the first line of `file` containing `needle`. */
function lineOf(dir: string, file: string, needle: string): number {
  const index = readFileSync(join(dir, file), "utf8").split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in ${file}`);
  return index + 1;
}

/** Replaces the first occurrence of `find` in a data file (the edit must apply). */
function edit(dir: string, file: string, find: string | RegExp, replace: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const next = text.replace(find, replace);
  if (next === text) throw new Error(`the edit did not apply to ${file}`);
  writeFileSync(path, next);
}

/** Quotes every cell the way LibreOffice's "Quote all text cells" and Excel do (numbers too). */
function quoteEveryCell(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : parseLine(line).map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")))
    .join("\n");
}

/** A minimal one-line CSV splitter for the test's own rewriting (the data files have no quoted newlines). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") cells.push(cell), (cell = "");
    else cell += char;
  }
  cells.push(cell);
  return cells;
}

function only(issues: DataIssue[]): DataIssue {
  expect(issues.map((i) => `${i.file}:${i.line}:${i.column} [${i.rule}] ${i.message}`)).toHaveLength(1);
  return issues[0] as DataIssue;
}

describe("what spreadsheets write is valid input", () => {
  it("accepts every file with every cell quoted, a BOM, CRLF line ends, blank and empty trailing rows", () => {
    const dir = copyOfData();
    for (const file of ["asylum-requests-by-year.csv", "places.csv", "sources.csv", "policy-events.csv", "comar-offices.csv", "remain-in-mexico.csv"]) {
      const text = readFileSync(join(dir, file), "utf8");
      const columns = parseLine(text.split("\n")[0] as string).length;
      writeFileSync(join(dir, file), `\uFEFF${quoteEveryCell(text).replaceAll("\n", "\r\n")}\r\n${",".repeat(columns - 1)}\r\n\r\n`);
    }
    expect(checkDataFolder(dir)).toEqual([]);
    // And the values read are the same as from the original files.
    expect(loadAsylumRequestsByYear(dir).rows.map((r) => [r.year, r.requests])).toEqual(loadAsylumRequestsByYear(DATA).rows.map((r) => [r.year, r.requests]));
  });

  it("reads a quoted cell holding a line break and points later errors at the right line", () => {
    const dir = copyOfData();
    edit(dir, "places.csv", "Mexico City office (headquarters)", '"Mexico City office\n(headquarters)"');
    edit(dir, "places.csv", "st-zacatecas,state,st-zacatecas", "st-zacatecas,state,st zacatecas");
    const issue = only(checkDataFolder(dir).filter((i) => i.file.endsWith("places.csv")));
    // Zacatecas moved one physical line down: the reported line is the editor's line.
    expect(issue).toMatchObject({ rule: "not-a-slug", line: lineOf(dir, "places.csv", "st zacatecas"), column: 3 });
  });
});

describe("edits that must be rejected, each with its rule and cell", () => {
  const cases: Array<{ name: string; file: string; find: string | RegExp; replace: string; rule: DataIssue["rule"]; column: number; needle: string }> = [
    { name: "UTF-8 opened as Latin-1 and saved (mojibake)", file: "places.csv", find: /Ciudad de México$/m, replace: "Ciudad de MÃ©xico", rule: "mojibake", column: 5, needle: "MÃ©xico" },
    { name: "a Spanish-locale thousands separator", file: "asylum-requests-by-year.csv", find: "2019,70120,", replace: "2019,70.120,", rule: "locale-number", column: 2, needle: "70.120" },
    { name: "an English-locale thousands separator", file: "asylum-requests-by-year.csv", find: "2019,70120,", replace: '2019,"70,120",', rule: "locale-number", column: 2, needle: "70,120" },
    { name: "a decimal comma in a percentage", file: "asylum-requests-by-office.csv", find: ",11.25,", replace: ',"11,25",', rule: "locale-number", column: 6, needle: "11,25" },
    { name: "a count with a leading zero", file: "asylum-requests-by-year.csv", find: "2016,8788,", replace: "2016,08788,", rule: "leading-zero", column: 2, needle: "08788" },
    { name: "a day that does not exist", file: "policy-events.csv", find: "2019-06-07,day", replace: "2019-02-30,day", rule: "not-a-date", column: 2, needle: "2019-02-30,day" },
    { name: "an event outside the dataset's period", file: "policy-events.csv", find: "2019-06-07,day", replace: "2031-06-07,day", rule: "date-out-of-range", column: 2, needle: "2031-06-07" },
    { name: "a precision that contradicts the date", file: "policy-events.csv", find: "2019-06-07,day", replace: "2019-06-07,year", rule: "precision-mismatch", column: 3, needle: "2019-06-07,year" },
    { name: "a misspelled chart id in an event", file: "policy-events.csv", find: /asylum-requests-by-year(?=[ ,"\n])/, replace: "asylum-request-by-year", rule: "unknown-chart", column: 11, needle: "asylum-request-by-year" },
    { name: "a period that ends before it starts", file: "remain-in-mexico.csv", find: "enrolled,2019-01-29,2021-01-31", replace: "enrolled,2019-01-29,2018-01-31", rule: "period-reversed", column: 3, needle: "2018-01-31" },
    { name: "an office id with markup", file: "places.csv", find: "of-tapachula,office", replace: '"of-tapachula""]{}</style><script>alert(1)</script><style>",office', rule: "not-a-slug", column: 1, needle: "<script>" },
    { name: "a source URL with the javascript: scheme", file: "sources.csv", find: /,https:\/\/[^,]+/, replace: ",javascript:alert(1)", rule: "unsafe-url", column: 6, needle: "javascript:alert" },
  ];

  for (const c of cases) {
    it(`${c.name} → ${c.rule}`, () => {
      const dir = copyOfData();
      edit(dir, c.file, c.find, c.replace);
      const issues = checkDataFolder(dir);
      const issue = only(issues.filter((i) => i.rule === c.rule));
      expect(issue.file.endsWith(c.file)).toBe(true);
      expect(issue.line).toBe(lineOf(dir, c.file, c.needle));
      expect(issue.column).toBe(c.column);
    });
  }

  it("markup in any id column → not-a-slug (ids are written into URLs, CSS and attributes)", () => {
    const hostile = '"x""]{}</style><script>alert(1)</script>"';
    const idCells: Array<[string, RegExp]> = [
      ["places.csv", /^st-zacatecas(?=,state)/m],
      ["places.csv", /(?<=^st-zacatecas,state,)st-zacatecas/m],
      ["nationalities.csv", /^HND(?=,)/m],
      ["policy-events.csv", /^2007-10-22-merida-initiative/m],
      ["recommendations.csv", /^ri-01(?=,)/m],
      ["detention-capacity.csv", /^(?!facility)[a-z0-9-]+(?=,facility,)/m],
    ];
    for (const [file, cell] of idCells) {
      const dir = copyOfData();
      edit(dir, file, cell, hostile);
      const issues = checkDataFolder(dir).filter((i) => i.file.endsWith(file));
      expect(issues.map((i) => i.rule), file).toContain("not-a-slug");
    }
  });

  it("bytes that are not UTF-8 → invalid-encoding on the cell, with how to re-save", () => {
    const dir = copyOfData();
    const path = join(dir, "places.csv");
    // One cell saved as Latin-1 ("é" as the single byte 0xE9) in an otherwise UTF-8 file.
    const [before, after] = readFileSync(path, "utf8").split(/(?<=Ciudad de M)é(?=xico\n)/) as [string, string];
    writeFileSync(path, Buffer.concat([Buffer.from(before, "utf8"), Buffer.from([0xe9]), Buffer.from(after, "utf8")]));
    const issue = only(checkDataFolder(dir).filter((i) => i.rule === "invalid-encoding"));
    expect(issue).toMatchObject({ line: lineOf(DATA, "places.csv", "Ciudad de México"), column: 5 });
    expect(issue.message).toMatch(/UTF-8/);
  });

  it("a header-only dataset → empty-dataset", () => {
    const dir = copyOfData();
    writeFileSync(join(dir, "comar-offices.csv"), readFileSync(join(dir, "comar-offices.csv"), "utf8").split("\n")[0] + "\n");
    expect(only(checkDataFolder(dir))).toMatchObject({ rule: "empty-dataset", line: 2 });
  });

  it("a cell of a million characters → too-long", () => {
    const dir = copyOfData();
    edit(dir, "policy-events.csv", "U.S. and Mexico launch the Mérida Initiative", "x".repeat(1_000_000));
    expect(only(checkDataFolder(dir))).toMatchObject({ rule: "too-long", line: 2, column: 6 });
  });

  it("a correction linking off the site → unsafe-url", () => {
    for (const page of ["//evil.example/x", "https://evil.example/", "javascript:alert(1)", "/\\evil.example"]) {
      const dir = copyOfData();
      writeFileSync(join(dir, "corrections.csv"), `date,page,summary_en,summary_es\n2026-01-05,${page},Fixed,Corregido\n`);
      expect(only(checkDataFolder(dir))).toMatchObject({ rule: "unsafe-url", line: 2, column: 2 });
    }
    const dir = copyOfData();
    writeFileSync(join(dir, "corrections.csv"), "date,page,summary_en,summary_es\n2026-01-05,/charts/comar-backlog/,Fixed,Corregido\n");
    expect(checkDataFolder(dir)).toEqual([]);
  });

  it("a missing CSV or metadata file → missing-file naming it, not ENOENT", () => {
    for (const file of ["comar-backlog.csv", "comar-backlog.meta.json", "sources.csv"]) {
      const dir = copyOfData();
      rmSync(join(dir, file));
      const issues = checkDataFolder(dir);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues.every((i) => i.rule === "missing-file" && i.file.endsWith(file))).toBe(true);
      expect(issues[0]?.message).not.toMatch(/ENOENT/);
    }
  });

  it("300,000 invalid rows are reported without overflowing the stack, the message listing the first ones", () => {
    const dir = copyOfData();
    const rows = Array.from({ length: 300_000 }, (_, i) => `${2013 + (i % 13)},x${i},12,nowhere`).join("\n");
    writeFileSync(join(dir, "asylum-requests-by-year.csv"), `year,requests,months,source\n${rows}\n`);
    let error: unknown;
    try {
      loadAsylumRequestsByYear(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const { issues, message } = error as DataValidationError;
    expect(issues.length).toBe(300_000);
    expect(message.split("\n")).toHaveLength(1 + MAX_LISTED_ISSUES + 1);
    expect(message).toMatch(/and 299950 more problems/);
  }, 60_000);
});
