import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import type { DataIssue, Rule } from "./errors";

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/**
 * Parses and validates a JSON file with a zod schema. Issues point at the line and column of
 * the offending value (or of its parent object, for a missing property).
 */
export function validateJson<S extends z.ZodType>(file: string, text: string, schema: S): { value?: z.output<S>; issues: DataIssue[] } {
  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: false, disallowComments: true });
  if (parseErrors.length > 0 || !root) {
    const first = parseErrors[0];
    const at = lineAndColumn(text, first?.offset ?? 0);
    return { issues: [{ file, ...at, rule: "malformed-file", message: `not valid JSON: ${first ? printParseErrorCode(first.error) : "empty file"}` }] };
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (parsed.success) return { value: parsed.data, issues: [] };
  const issues = parsed.error.issues.map((issue): DataIssue => {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    let node = findNodeAtLocation(root, path);
    for (let depth = path.length - 1; !node && depth >= 0; depth--) node = findNodeAtLocation(root, path.slice(0, depth));
    const at = lineAndColumn(text, node?.offset ?? 0);
    const params = (issue as { params?: { rule?: Rule } }).params;
    return { file, ...at, field: path.join(".") || "(root)", rule: params?.rule ?? "invalid-metadata", message: issue.message };
  });
  return { issues };
}
