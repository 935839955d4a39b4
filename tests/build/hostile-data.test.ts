import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FREE_TEXT } from "~/lib/data/columns";
import { CORRECTION_COLUMNS } from "~/lib/data/corrections";
import { DATASET_DEFINITIONS } from "~/lib/data/definitions";
import { NATIONALITY_COLUMNS, PLACE_COLUMNS } from "~/lib/data/lookups";
import { DatasetMeta } from "~/lib/data/metadata";
import { SOURCE_COLUMNS } from "~/lib/data/sources";
import type { ColumnSchemas } from "~/lib/data/table";
import { parseCsv } from "~/lib/data/csv";
import { buildSite, copyOfData, listFiles, readText, tempDir } from "./site-build";

/**
 * No markup from data, by construction: every free-text cell and every metadata text of the
 * data folder gets markup appended that would run if it reached a page unescaped (a script, an
 * event handler, a javascript: link, and breakouts from <style>, <title>, attributes and CDATA).
 * The site is built from that data and every page, SVG, feed and JSON file is parsed: no
 * element or attribute from the payload may exist, while its text must appear (escaped).
 */
const MARK = "hostile-7f3a";
const PAYLOAD = ` "'></title></style></textarea>]]><script data-${MARK}>alert(1)</script><img data-${MARK} src=x onerror=alert(2)><a data-${MARK} href="javascript:alert(3)">x</a><svg data-${MARK} onload=alert(4)>`;

function quote(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}

/** Appends the payload to every cell of the free-text columns of a CSV file. */
function poisonCsv(path: string, columns: ColumnSchemas): number {
  const { table } = parseCsv(path, readFileSync(path, "utf8"));
  const free = table.header.map((name) => columns[name]?.description === FREE_TEXT);
  let poisoned = 0;
  const lines = [table.header.join(",")];
  for (const record of table.records) {
    lines.push(record.cells.map((cell, i) => (free[i] && cell !== "" ? (poisoned++, quote(cell + PAYLOAD)) : quote(cell))).join(","));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return poisoned;
}

/** Appends the payload to every localized text of a metadata file. */
function poisonMeta(path: string): void {
  const meta = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>);
      const localized = entries.length === 2 && entries.every(([k, v]) => (k === "en" || k === "es") && typeof v === "string");
      return Object.fromEntries(entries.map(([k, v]) => [k, localized ? `${v as string}${PAYLOAD}` : visit(v)]));
    }
    return value;
  };
  writeFileSync(path, JSON.stringify(visit(meta), null, 2));
}

const dataDir = copyOfData();
const outDir = tempDir("hostile-dist");
let build: { status: number; output: string };
let poisonedCells = 0;

beforeAll(() => {
  writeFileSync(join(dataDir, "corrections.csv"), `date,page,summary_en,summary_es\n2026-11-30,/charts/comar-backlog/,Fixed a figure,Se corrigió una cifra\n`);
  poisonedCells += poisonCsv(join(dataDir, "sources.csv"), SOURCE_COLUMNS);
  poisonedCells += poisonCsv(join(dataDir, "nationalities.csv"), NATIONALITY_COLUMNS);
  poisonedCells += poisonCsv(join(dataDir, "places.csv"), PLACE_COLUMNS);
  poisonedCells += poisonCsv(join(dataDir, "corrections.csv"), CORRECTION_COLUMNS);
  for (const definition of DATASET_DEFINITIONS) {
    const metaPath = join(dataDir, `${definition.id}.meta.json`);
    const meta = DatasetMeta.parse(JSON.parse(readFileSync(metaPath, "utf8")));
    poisonedCells += poisonCsv(join(dataDir, `${definition.id}.csv`), definition.columns(meta as never, dataDir));
    poisonMeta(metaPath);
  }
  build = buildSite(dataDir, outDir);
}, 300_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

type Node = DefaultTreeAdapterMap["node"];

/**
 * Elements and attributes the payload would create if it escaped its context, found by parsing
 * the file as a browser would (parse5, the HTML parser jsdom uses; SVG and feeds too, so a
 * CDATA breakout in a feed shows up as an element).
 */
function executableFromPayload(markup: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ("attrs" in node) {
      for (const { name, value } of node.attrs) {
        if (name.startsWith(`data-${MARK}`)) found.push(`<${node.nodeName} ${name}>`);
        if (/^on/i.test(name)) found.push(`<${node.nodeName} ${name}="${value.slice(0, 40)}">`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^\s*javascript:/i.test(value)) found.push(`<${node.nodeName} ${name}="${value.slice(0, 40)}">`);
      }
    }
    if (node.nodeName === "script" && "childNodes" in node && node.childNodes.some((child) => "value" in child && /alert\(/.test(String(child.value)))) found.push("<script>alert(…)</script>");
    if ("content" in node && node.content) visit(node.content as Node);
    if ("childNodes" in node) for (const child of node.childNodes) visit(child as Node);
  };
  visit(parse(markup) as Node);
  return found;
}

describe("hostile strings in every free-text and id column", () => {
  it("builds, with the payload in hundreds of cells", () => {
    expect(build.output).toBe("");
    expect(build.status).toBe(0);
    expect(poisonedCells).toBeGreaterThan(500);
  });

  it("no page, SVG, feed or oEmbed file contains markup from the data, though the text reached them", () => {
    const files = listFiles(outDir).filter((file) => /\.(html|svg|xml|json)$/.test(file));
    const problems: string[] = [];
    let reached = 0;
    for (const file of files) {
      const text = readText(outDir, file);
      if (!text.includes(MARK)) continue;
      reached++;
      const markups: string[] = [];
      if (!file.endsWith(".json")) markups.push(text);
      else {
        // JSON: data values are text (their consumers escape them); oEmbed's `html` is markup
        // a CMS inserts as it is, so it is parsed as the CMS would.
        JSON.stringify(JSON.parse(text), (key, value: unknown) => {
          if (key === "html" && typeof value === "string") markups.push(value);
          return value;
        });
      }
      for (const markup of markups) for (const found of executableFromPayload(markup)) problems.push(`${file}: ${found}`);
    }
    expect(problems).toEqual([]);
    expect(reached).toBeGreaterThan(100);
  });
});
