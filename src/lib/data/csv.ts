import { parse, CsvError } from "csv-parse/sync";
import type { DataIssue } from "./errors";

export interface CsvRecord {
  /** 1-based line where this record starts in the file. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

/**
 * Longest cell accepted, in characters. The longest real cell (a source note) is about 600;
 * a pasted page or a runaway quote is caught here instead of making a 30 KB page weigh 1 MB.
 */
export const MAX_CELL_CHARS = 2_000;

/**
 * Text that is UTF-8 read as Windows-1252/Latin-1 and saved again ("México" → "MÃ©xico",
 * "–" → "â€“", "¿" → "Â¿"): what a spreadsheet writes when a UTF-8 file is opened with the
 * wrong character set. Real Spanish or English text never contains these pairs.
 */
const MOJIBAKE = /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|Â[\u00A0-\u00BF]|â€/;
const REPLACEMENT_CHARACTER = "\uFFFD";

const RESAVE_HINT = "re-open the original file choosing the character set UTF-8 and save it as \"CSV UTF-8\" (Excel) or \"Text CSV\" with character set UTF-8 (LibreOffice)";

/**
 * Decodes a data file's bytes as UTF-8. Invalid bytes are not an exception: they become U+FFFD
 * and `parseCsv` reports each cell holding one (`invalid-encoding`), so the author learns which
 * cells a wrong "save as" damaged.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
}

function cellProblems(file: string, line: number, column: number, cell: string): DataIssue[] {
  const at = { file, line, column };
  if (cell.includes(REPLACEMENT_CHARACTER)) {
    return [{ ...at, rule: "invalid-encoding", message: `holds bytes that are not UTF-8 (shown as "${REPLACEMENT_CHARACTER}"); ${RESAVE_HINT}` }];
  }
  const mojibake = MOJIBAKE.exec(cell);
  if (mojibake) {
    return [{ ...at, rule: "mojibake", message: `"${mojibake[0]}" is UTF-8 text read with the wrong character set (e.g. "MÃ©xico" for "México"); ${RESAVE_HINT}` }];
  }
  if (cell.length > MAX_CELL_CHARS) {
    return [{ ...at, rule: "too-long", message: `a cell holds ${cell.length} characters; the limit is ${MAX_CELL_CHARS} (a pasted page or an unclosed quote?)` }];
  }
  return [];
}

/**
 * Parses a data file as CSV — header and records with the same parser — accepting what
 * spreadsheets write: a byte-order mark, CRLF or CR line ends, quoted fields (every cell
 * quoted, as LibreOffice and Excel do), quoted line breaks, blank lines and rows of empty
 * cells (",,,", left by formatted but empty spreadsheet rows). Each record keeps the line it
 * starts on so validation can point at it. Cells are not trimmed (" 12" is an error later);
 * header names are.
 */
export function parseCsv(file: string, text: string): { table: CsvTable; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  // One line-end convention first, so the parser's line count is the editor's line count.
  const normalized = text.replace(/\r\n?/g, "\n");
  let parsed: Array<{ record: string[]; info: { lines: number }; raw: string }>;
  try {
    parsed = parse(normalized, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof parsed;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    const reason = error.code === "CSV_QUOTE_NOT_CLOSED" ? "a quoted field is never closed" : error.code === "CSV_INVALID_CLOSING_QUOTE" ? "a closing quote is followed by text (a quote inside a quoted field must be doubled: \"\")" : error.message;
    return { table: { header: [], records: [] }, issues: [{ file, line, column: 1, rule: "malformed-file", message: `not valid CSV: ${reason}` }] };
  }

  const header: string[] = [];
  const records: CsvRecord[] = [];
  for (const { record, info, raw } of parsed) {
    if (record.every((cell) => cell.trim() === "")) continue;
    const innerLineBreaks = raw.replace(/\n$/, "").split("\n").length - 1;
    const line = info.lines - innerLineBreaks;
    record.forEach((cell, index) => issues.push(...cellProblems(file, line, index + 1, cell)));
    if (header.length === 0) header.push(...record.map((cell) => cell.trim()));
    else records.push({ line, cells: record });
  }
  if (header.length === 0) issues.push({ file, line: 1, column: 1, rule: "malformed-file", message: "the file is empty; it needs a header row" });
  return { table: { header, records }, issues };
}
