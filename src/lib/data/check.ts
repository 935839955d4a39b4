import { loadCorrections } from "./corrections";
import { loadDataset } from "./dataset";
import { DATASET_DEFINITIONS } from "./definitions";
import { DataValidationError, type DataIssue } from "./errors";
import { loadNationalities, loadPlaces } from "./lookups";
import { dataDir } from "./paths";
import { loadSources } from "./sources";

/**
 * Validates every file in the data folder — the registry, the lookup tables, the corrections
 * log and every dataset — and returns all problems found, each once. A file that cannot be
 * checked because a file it depends on is broken (a dataset whose registry is invalid) reports
 * the broken dependency, not a cascade.
 */
export function checkDataFolder(dir = dataDir()): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  const collect = (load: () => unknown) => {
    try {
      load();
    } catch (error) {
      if (!(error instanceof DataValidationError)) throw error;
      for (const issue of error.issues) {
        const key = `${issue.file}:${issue.line}:${issue.column}:${issue.rule}:${issue.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        issues.push(issue);
      }
    }
  };
  collect(() => loadSources(dir));
  collect(() => loadNationalities(dir));
  collect(() => loadPlaces(dir));
  collect(() => loadCorrections(dir));
  for (const definition of DATASET_DEFINITIONS) collect(() => loadDataset(definition, dir));
  return issues;
}
