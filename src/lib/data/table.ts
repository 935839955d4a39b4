import type { z } from "zod";
import { parseCsv } from "./csv";
import type { DataIssue, Rule } from "./errors";

/** The columns of a CSV table: column name -> schema from the cell text to a typed value. */
export type ColumnSchemas = Record<string, z.ZodType<unknown, string>>;

/** One validated row, typed from its column schemas, with the line it came from. */
export type RowOf<C extends ColumnSchemas> = { [K in keyof C]: z.output<C[K]> } & { readonly line: number };

export interface TableResult<C extends ColumnSchemas> {
  rows: Array<RowOf<C>>;
  issues: DataIssue[];
}

function ruleOf(issue: z.core.$ZodIssue): Rule {
  const params = (issue as { params?: { rule?: Rule } }).params;
  return params?.rule ?? "not-allowed";
}

/**
 * Parses a CSV file against its column schemas. Checks, in order: the header has every column
 * and no unknown one; every cell passes its column's schema; no two rows share a key. Returns
 * every issue found rather than stopping at the first, so one run shows all that is wrong.
 */
export function validateTable<C extends ColumnSchemas>(
  file: string,
  text: string,
  columns: C,
  key: ReadonlyArray<keyof C & string>,
): TableResult<C> {
  const { table, issues } = parseCsv(file, text);
  if (issues.length > 0) return { rows: [], issues };

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
  if (issues.length > 0) return { rows: [], issues };

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
    const rowKey = key.map((k) => String(row[k])).join(" | ");
    const firstLine = seenKeys.get(rowKey);
    if (firstLine !== undefined) {
      const column = (position.get(key[0] as string) as number) + 1;
      issues.push({ file, line: record.line, column, field: key.join(", "), rule: "duplicate-key", message: `key "${rowKey}" already appears on line ${firstLine}` });
      continue;
    }
    seenKeys.set(rowKey, record.line);
    rows.push(row as RowOf<C>);
  }
  return { rows, issues };
}
