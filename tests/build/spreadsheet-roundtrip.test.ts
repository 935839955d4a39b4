import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyOfData, DATA, listFiles, tempDir } from "./site-build";

/**
 * The spreadsheet round trip: every CSV of the data folder opened in LibreOffice Calc (headless)
 * as UTF-8, saved in Calc's own format, then saved back to CSV the way a careful editor does
 * ("Text CSV", UTF-8, quote all text cells). The result must be valid input and build a site
 * identical, file for file, to the one built from the original files.
 *
 * Needs LibreOffice: `apt-get install libreoffice-calc-nogui` (CI installs it in .ci/run).
 * To run just this test: `npx vitest run --config tests/vitest.config.ts --project build spreadsheet`.
 */
const SOFFICE = process.env["SOFFICE_PATH"] ?? "/usr/bin/soffice";
// CSV filter tokens: separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), start at
// line 1; on export, token 7 "quote all text cells" = true (what Calc and Excel users get).
const IMPORT_FILTER = "CSV:44,34,76,1";
const EXPORT_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true";

const work = tempDir("spreadsheet");
const roundTripped = copyOfData();
const originalOut = tempDir("original-dist");
const roundTripOut = tempDir("roundtrip-dist");
let csvFiles: string[] = [];
let builds: Array<{ status: number; output: string }> = [];

function soffice(args: string[]): void {
  // A private profile: a LibreOffice a user has open, or another test's, does not get in the way.
  const run = spawnSync(SOFFICE, [`-env:UserInstallation=file://${work}/profile`, "--headless", "--norestore", ...args], { encoding: "utf8", timeout: 240_000 });
  if (run.status !== 0) throw new Error(`soffice ${args.join(" ")} failed: ${run.stderr}`);
}

beforeAll(() => {
  if (!existsSync(SOFFICE)) throw new Error(`LibreOffice is not installed at ${SOFFICE}: apt-get install libreoffice-calc-nogui (or set SOFFICE_PATH)`);
  csvFiles = readdirSync(DATA).filter((file) => file.endsWith(".csv"));
  soffice([`--infilter=${IMPORT_FILTER}`, "--convert-to", "ods", "--outdir", join(work, "ods"), ...csvFiles.map((file) => join(DATA, file))]);
  soffice(["--convert-to", EXPORT_FILTER, "--outdir", join(work, "csv"), ...csvFiles.map((file) => join(work, "ods", file.replace(/\.csv$/, ".ods")))]);
  for (const file of csvFiles) copyFileSync(join(work, "csv", file), join(roundTripped, file));
  builds = [buildSite(DATA, originalOut), buildSite(roundTripped, roundTripOut)];
}, 600_000);

afterAll(() => {
  for (const dir of [work, roundTripped, originalOut, roundTripOut]) rmSync(dir, { recursive: true, force: true });
});

describe("a LibreOffice-saved copy of every data file", () => {
  it("is what Calc writes: every text cell quoted, the header too", () => {
    expect(csvFiles.length).toBeGreaterThan(15);
    for (const file of csvFiles) {
      const text = readFileSync(join(roundTripped, file), "utf8");
      expect(text.startsWith('"'), file).toBe(true);
      expect(text).not.toEqual(readFileSync(join(DATA, file), "utf8"));
    }
  });

  it("is accepted, and builds a site identical to the original's", () => {
    expect(builds.map((b) => b.output)).toEqual(["", ""]);
    const files = listFiles(originalOut);
    expect(listFiles(roundTripOut)).toEqual(files);
    const different = files.filter((file) => !readFileSync(join(originalOut, file)).equals(readFileSync(join(roundTripOut, file))));
    expect(different).toEqual([]);
  });
});
