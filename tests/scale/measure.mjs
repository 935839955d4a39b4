#!/usr/bin/env node
/**
 * `npm run scale`: how the build grows with content. Builds copies of the project with synthetic
 * content — every chart ×N (same definitions under new ids: the same rendering work per page),
 * policy events ×M (new ids, dates kept), explainers ×K (copies under new slugs) — and reports
 * wall time, peak memory (GNU time) and the weight of the heaviest pages. PNG rendering is
 * measured cold (cache off) unless --warm is given.
 *
 *   npm run scale                    # baseline and charts×5, events×10, explainers×5
 *   npm run scale -- --charts 13     # about 200 charts (16 × 13 = 208), both languages
 *
 * It is a measurement, not a test: its numbers go in the README ("Build at scale").
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({ options: { charts: { type: "string" }, events: { type: "string" }, explainers: { type: "string" }, warm: { type: "boolean" }, "no-baseline": { type: "boolean" } } });
const scaled = { charts: Number(args.charts ?? 5), events: Number(args.events ?? 10), explainers: Number(args.explainers ?? 5) };

function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), "refugio-scale-"));
  for (const entry of ["src", "content", "public", "data", "astro.config.mjs", "package.json", "tsconfig.json"]) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

function patch(file, edit) {
  const text = readFileSync(file, "utf8");
  const next = edit(text);
  if (next === text) throw new Error(`patch did not apply: ${file}`);
  writeFileSync(file, next);
}

/** Every chart id gains copies `<id>-x2` … `<id>-xN`, drawn by the original definition. */
function multiplyCharts(dir, times) {
  if (times <= 1) return;
  patch(join(dir, "src/lib/charts/chart-ids.ts"), (text) =>
    text.replace("] as const;", `] as const;\nconst ORIGINAL_IDS = [...CHART_IDS];\nfor (let copy = 2; copy <= ${times}; copy++) for (const id of ORIGINAL_IDS) (CHART_IDS as unknown as string[]).push(\`\${id}-x\${copy}\`);`).replace("export const CHART_IDS = [", "export const CHART_IDS: string[] = ["),
  );
  patch(join(dir, "src/lib/charts/registry.ts"), (text) => text.replace("CHARTS[id](lang)", 'CHARTS[String(id).replace(/-x\\d+$/, "") as ChartId](lang)'));
}

/** Policy events ×M: each row copied with a new id (dates kept, no chart markers on copies). */
function multiplyEvents(dir, times) {
  if (times <= 1) return;
  const path = join(dir, "data/policy-events.csv");
  const [header, ...rows] = readFileSync(path, "utf8").trimEnd().split("\n");
  const copies = [];
  for (let copy = 2; copy <= times; copy++) for (const row of rows) copies.push(row.replace(/^([^,]+)/, `$1-r${copy}`).replace(/,[^,"]*$/, ","));
  writeFileSync(path, `${[header, ...rows, ...copies].join("\n")}\n`);
}

/** Explainers ×K: each MDX file copied under `<slug>-x<k>` in both languages. */
function multiplyExplainers(dir, times) {
  if (times <= 1) return;
  for (const lang of ["en", "es"]) {
    const folder = join(dir, "content/explainers", lang);
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".mdx"))) {
      for (let copy = 2; copy <= times; copy++) {
        const text = readFileSync(join(folder, file), "utf8").replace(/^order: (\d+)/m, (_, n) => `order: ${Number(n) + copy * 100}`);
        writeFileSync(join(folder, file.replace(/\.mdx$/, `-x${copy}.mdx`)), text);
      }
    }
  }
}

function largest(dir, count) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (name.endsWith(".html")) files.push([path.slice(dir.length), stat.size]);
    }
  };
  walk(dir);
  return files.sort((a, b) => b[1] - a[1]).slice(0, count);
}

function measure(label, counts) {
  const dir = copyProject();
  multiplyCharts(dir, counts.charts);
  multiplyEvents(dir, counts.events);
  multiplyExplainers(dir, counts.explainers);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...(args.warm ? {} : { REFUGIO_PNG_CACHE: "off" }) };
  const node = join(ROOT, "node_modules/.bin/node");
  execFileSync(node, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), "src/cli/check-data.ts"], { cwd: dir, env, stdio: "ignore" });
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", node, join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], { cwd: dir, env, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${label}: build failed\n${run.stdout}\n${run.stderr}`);
  const [seconds, peakKb] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  const pages = Number(execFileSync("bash", ["-c", `find dist -name '*.html' | wc -l`], { cwd: dir, encoding: "utf8" }).trim());
  const heaviest = largest(join(dir, "dist"), 3).map(([path, bytes]) => `${path} ${(bytes / 1024).toFixed(0)} KB`);
  rmSync(dir, { recursive: true, force: true });
  return { label, ...counts, pages, seconds, peakMemoryMb: Math.round(peakKb / 1024), heaviest };
}

const results = [];
if (!args["no-baseline"]) results.push(measure("as committed", { charts: 1, events: 1, explainers: 1 }));
results.push(measure(`charts ×${scaled.charts}, events ×${scaled.events}, explainers ×${scaled.explainers}`, scaled));
console.log(`\nBuild at scale (${args.warm ? "PNG cache warm" : "PNG cache off: every PNG rendered"}; astro build only, no Pagefind)\n`);
console.log("| content | HTML pages | build (s) | peak memory (MB) | heaviest pages |");
console.log("|---|---|---|---|---|");
for (const r of results) console.log(`| ${r.label} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.peakMemoryMb} | ${r.heaviest.join("; ")} |`);
mkdirSync(join(ROOT, "test-results"), { recursive: true });
writeFileSync(join(ROOT, "test-results/scale.json"), JSON.stringify(results, null, 2));
