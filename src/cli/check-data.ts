/**
 * `npm run data:check` (and the first step of `npm run build`): validates every data file and
 * prints one line per problem — file:line:column (field) [rule] message — then exits 1. Run
 * before Astro so that a data problem is reported once, without a stack trace, and no page is
 * built from bad data.
 */
import { checkDataFolder } from "~/lib/data/check";
import { formatIssues } from "~/lib/data/errors";
import { dataDir, relativeDataPath } from "~/lib/data/paths";

const issues = checkDataFolder();
if (issues.length > 0) {
  const plural = issues.length === 1 ? "problem" : "problems";
  process.stderr.write(`Invalid data in ${relativeDataPath(dataDir())}/: ${issues.length} ${plural}\n${formatIssues(issues)}\n`);
  process.exit(1);
}
process.stdout.write(`data: every file in ${relativeDataPath(dataDir())}/ is valid\n`);
