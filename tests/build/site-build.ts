import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** The project root and its data folder. */
export const ROOT = join(import.meta.dirname, "../..");
export const DATA = join(ROOT, "data");

/** A fresh temporary folder (removed by the caller). */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `refugio-${prefix}-`));
}

/** A copy of the data folder to edit. */
export function copyOfData(): string {
  const dir = tempDir("data");
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

/**
 * Builds the site from `dataDir` into `outDir` the way `npm run build` does (data check, then
 * Astro; the search index is left out: it is not built from data files). Returns the exit code
 * and what was printed.
 */
export function buildSite(dataDir: string, outDir: string): { status: number; output: string } {
  const env = { ...process.env, REFUGIO_DATA_DIR: dataDir, REFUGIO_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: "1" };
  const node = join(ROOT, "node_modules/.bin/node");
  for (const command of [[join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/check-data.ts"], [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent"]]) {
    const run = spawnSync(node, command, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
  }
  return { status: 0, output: "" };
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}
