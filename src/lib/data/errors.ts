/**
 * The rules a data file can break. Each failure names the file, the line and column where it
 * happened, and one of these rule ids, so that the author can find and fix it.
 */
export const RULES = [
  "missing-column",
  "unknown-column",
  "empty-value",
  "not-a-number",
  "not-a-whole-number",
  "negative-count",
  "duplicate-key",
  "unknown-source",
  "year-out-of-range",
  "unknown-unit",
  "not-a-date",
  "not-allowed",
  "not-a-url",
  "malformed-file",
  "invalid-metadata",
] as const;
export type Rule = (typeof RULES)[number];

export interface DataIssue {
  /** Path of the file relative to the project root, e.g. `data/asylum-requests-by-year.csv`. */
  file: string;
  /** 1-based line number in the file. */
  line: number;
  /** 1-based column: the field number in a CSV row, the character column in a JSON file. */
  column: number;
  /** Name of the CSV column or JSON path the issue is about, for the message. */
  field?: string;
  rule: Rule;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.field ? ` (${issue.field})` : "";
  return `${issue.file}:${issue.line}:${issue.column}${where} [${issue.rule}] ${issue.message}`;
}

/** Thrown when a data file is invalid; its message lists every issue, one per line. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const plural = issues.length === 1 ? "problem" : "problems";
    super(`Invalid data: ${issues.length} ${plural}\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
