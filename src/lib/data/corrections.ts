import { join } from "node:path";
import * as col from "./columns";
import { DataValidationError } from "./errors";
import { readDataFile } from "./files";
import { dataDir, relativeDataPath } from "./paths";
import { validateTable, type RowOf } from "./table";

/** `data/corrections.csv`: every correction to a published figure or page, newest last. */
export const CORRECTION_COLUMNS = {
  date: col.isoDate(),
  /** Site path of the corrected page, e.g. /charts/comar-backlog/. */
  page: col.sitePath(),
  summary_en: col.text(),
  summary_es: col.text(),
};
export type Correction = RowOf<typeof CORRECTION_COLUMNS>;

export function loadCorrections(dir = dataDir()): Correction[] {
  const path = join(dir, "corrections.csv");
  const { rows, issues } = validateTable(relativeDataPath(path), readDataFile(path), CORRECTION_COLUMNS, ["date", "page"]);
  if (issues.length > 0) throw new DataValidationError(issues);
  return rows;
}
