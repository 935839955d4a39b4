import type { z } from "zod";
import { parseCsv } from "./csv";
import type { DataIssue, Rule } from "./errors";

/** The columns of a CSV table: column name -> schema from the cell text to a typed value. */
export type ColumnSchemas = Record<string, z.ZodType<unknown, string>>;

/** One validated row, typed from its column schemas, with the line it came from. */
export type RowOf<C extends ColumnSchemas> = { [K in keyof C]: z.output<C[K]> } & { readonly line: number };

/**
 * A check across the cells of one valid row (an end date before its start, a precision that
 * contradicts the date). Returns the column to point at and the rule broken, or nothing.
 */
export type RowRule<C extends ColumnSchemas> = (row: RowOf<C>) => { column: keyof C & string; rule: Rule; message: string } | undefined;

export interface TableResult<C extends ColumnSchemas> {
  rows: Array<RowOf<C>>;
  /** Column names as the header gives them, in file order. */
  header: string[];
  issues: DataIssue[];
}

export interface TableOptions<C extends ColumnSchemas> {
  rowRules?: ReadonlyArray<RowRule<C>>;
  /** A file with a header and no rows is an error (a dataset must publish something). */
  requireRows?: boolean;
}

function ruleOf(issue: z.core.$ZodIssue): Rule {
  const params = (issue as { params?: { rule?: Rule } }).params;
  return params?.rule ?? "not-allowed";
}

/**
 * Parses a CSV file against its column schemas. Checks, in order: the file is CSV and its text
 * is clean UTF-8; the header has every column and no unknown one; every cell passes its
 * column's schema; every row passes the row rules; no two rows share a key. Returns every issue
 * found rather than stopping at the first, so one run shows all that is wrong.
 */
export function validateTable<C extends ColumnSchemas>(
  file: string,
  text: string,
  columns: C,
  key: ReadonlyArray<keyof C & string>,
  options: TableOptions<C> = {},
): TableResult<C> {
  const { table, issues } = parseCsv(file, text);
  if (issues.some((issue) => issue.rule === "malformed-file")) return { rows: [], header: table.header, issues };
  // Cells the parser already rejected (bad encoding, too long) are not checked again.
  const rejectedCells = new Set(issues.map((issue) => `${issue.line}:${issue.column}`));
  if (issues.some((issue) => issue.line === 1)) return { rows: [], header: table.header, issues };

  const expected = Object.keys(columns);
  const position = new Map(table.header.map((name, index) => [name, index]));
  for (const name of expected) {
    if (!position.has(name)) {
      issues.push({ file, line: 1, column: table.header.length + 1, field: name, rule: "missing-column", message: `the header has no "${name}" column (expected: ${expected.join(", ")})` });
    }
  }
  table.header.forEach((name, index) => {
    if (!(name in columns)) {
      issues.push({ file, line: 1, column: index + 1, field: name, rule: "unknown-column", message: `"${name}" is not a column of this dataset (expected: ${expected.join(", ")})` });
    }
  });
  if (issues.some((issue) => issue.line === 1)) return { rows: [], header: table.header, issues };
  if (options.requireRows && table.records.length === 0) {
    issues.push({ file, line: 2, column: 1, rule: "empty-dataset", message: "the file has a header but no rows; a published dataset needs at least one" });
  }

  const rows: Array<RowOf<C>> = [];
  const seenKeys = new Map<string, number>();
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      issues.push({ file, line: record.line, column: Math.min(record.cells.length, table.header.length) + 1, rule: "malformed-file", message: `has ${record.cells.length} fields; the header has ${table.header.length}` });
      continue;
    }
    const row: Record<string, unknown> = { line: record.line };
    let rowOk = true;
    for (const name of expected) {
      const index = position.get(name) as number;
      if (rejectedCells.has(`${record.line}:${index + 1}`)) {
        rowOk = false;
        continue;
      }
      const cell = record.cells[index] as string;
      const parsed = (columns[name] as z.ZodType<unknown, string>).safeParse(cell);
      if (parsed.success) {
        row[name] = parsed.data;
      } else {
        rowOk = false;
        for (const issue of parsed.error.issues) {
          issues.push({ file, line: record.line, column: index + 1, field: name, rule: ruleOf(issue), message: `${issue.message}; got "${cell}"` });
        }
      }
    }
    if (!rowOk) continue;
    const typed = row as RowOf<C>;
    let rulesOk = true;
    for (const check of options.rowRules ?? []) {
      const problem = check(typed);
      if (!problem) continue;
      rulesOk = false;
      issues.push({ file, line: record.line, column: (position.get(problem.column) as number) + 1, field: problem.column, rule: problem.rule, message: problem.message });
    }
    if (!rulesOk) continue;
    const rowKey = key.map((k) => String(row[k])).join(" | ");
    const firstLine = seenKeys.get(rowKey);
    if (firstLine !== undefined) {
      const column = (position.get(key[0] as string) as number) + 1;
      issues.push({ file, line: record.line, column, field: key.join(", "), rule: "duplicate-key", message: `key "${rowKey}" already appears on line ${firstLine}` });
      continue;
    }
    seenKeys.set(rowKey, record.line);
    rows.push(typed);
  }
  return { rows, header: table.header, issues };
}
