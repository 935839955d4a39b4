/**
 * The rules a data file can break. Each failure names the file, the line and column where it
 * happened, and one of these rule ids, so that the author can find and fix it. README.md
 * ("Data rules") explains each; a test keeps that list and this one equal.
 */
export const RULES = [
  // The file itself
  "missing-file",
  "malformed-file",
  "invalid-encoding",
  "mojibake",
  "too-long",
  "empty-dataset",
  "invalid-metadata",
  // Columns
  "missing-column",
  "unknown-column",
  // Cells
  "empty-value",
  "not-a-number",
  "locale-number",
  "leading-zero",
  "not-a-whole-number",
  "negative-count",
  "not-a-slug",
  "not-a-date",
  "not-allowed",
  "not-a-url",
  "unsafe-url",
  "unknown-unit",
  "unknown-source",
  "unknown-chart",
  // Rows and files together
  "duplicate-key",
  "year-out-of-range",
  "date-out-of-range",
  "period-reversed",
  "precision-mismatch",
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

/** Problems listed per error before the rest is summarised: a 50 MB file of bad rows stays readable. */
export const MAX_LISTED_ISSUES = 50;

export function formatIssue(issue: DataIssue): string {
  const where = issue.field ? ` (${issue.field})` : "";
  return `${issue.file}:${issue.line}:${issue.column}${where} [${issue.rule}] ${issue.message}`;
}

/** One line per problem (the first MAX_LISTED_ISSUES, then a count of the rest). */
export function formatIssues(issues: readonly DataIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `  ${formatIssue(issue)}`);
  if (issues.length > MAX_LISTED_ISSUES) listed.push(`  … and ${issues.length - MAX_LISTED_ISSUES} more problems of the same files`);
  return listed.join("\n");
}

/** Thrown when a data file is invalid; its message lists every issue, one per line. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const plural = issues.length === 1 ? "problem" : "problems";
    super(`Invalid data: ${issues.length} ${plural}\n${formatIssues(issues)}`);
    this.name = "DataValidationError";
    this.issues = issues;
  }
}
