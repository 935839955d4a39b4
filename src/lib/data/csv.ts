import { csvParseRows } from "d3-dsv";
import type { DataIssue } from "./errors";

export interface CsvRecord {
  /** 1-based line of this record in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/**
 * Splits CSV text into a header and records, keeping each record's line number so validation
 * can point at it. A record spanning several lines (a quoted newline) is rejected: every
 * record must sit on one line so that line numbers stay exact.
 */
export function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header: string[] = [];
  const records: CsvRecord[] = [];
  lines.forEach((raw, index) => {
    if (raw.trim() === "") return;
    const rows = csvParseRows(raw);
    const cells = rows[0] ?? [];
    const line = index + 1;
    const quoteCount = raw.split('"').length - 1;
    if (rows.length !== 1 || quoteCount % 2 !== 0) {
      issues.push({ file, line, column: 1, rule: "malformed-file", message: "a record must be one line of CSV with balanced quotes" });
      return;
    }
    if (header.length === 0) header.push(...cells.map((c) => c.trim()));
    else records.push({ line, cells });
  });
  if (header.length === 0) issues.push({ file, line: 1, column: 1, rule: "malformed-file", message: "the file is empty; it needs a header row" });
  return { table: { header, records }, issues };
}
