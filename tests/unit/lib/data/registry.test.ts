import { readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { toCsv } from "~/lib/data/downloads";
import { isFullYear, loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
import { loadSources } from "~/lib/data/sources";

const sources = loadSources();

describe("source registry (data/sources.csv)", () => {
  it("holds the five seed reports", () => {
    const seeds = [...sources.values()].filter((s) => s.kind === "seed-report").map((s) => s.publisher);
    expect(seeds).toHaveLength(5);
    for (const publisher of ["WOLA", "Kino Border Initiative", "Refugees International", "The Conversation", "Human Rights Watch"]) {
      expect(seeds.some((p) => p.includes(publisher))).toBe(true);
    }
  });

  it("gives every source an http(s) URL and an access date no earlier than publication", () => {
    for (const source of sources.values()) {
      expect(/^https?:\/\//.test(source.url), source.id).toBe(true);
      expect(source.date_accessed >= source.date_published.slice(0, source.date_accessed.length), source.id).toBe(true);
    }
  });

  it("every source is cited by some dataset (no orphans)", () => {
    const cited = new Set(datasetIds().flatMap((id) => getCatalogEntry(id).sourceIds));
    const seedReports = [...sources.values()].filter((s) => s.kind === "seed-report").map((s) => s.id);
    // The five reports are listed whether or not a chart cites them yet.
    const orphans = [...sources.keys()].filter((id) => !cited.has(id) && !seedReports.includes(id));
    expect(orphans).toEqual([]);
  });
});

describe("asylum requests per year (data/asylum-requests-by-year.csv)", () => {
  const { rows, meta } = loadAsylumRequestsByYear();

  it("covers 2013–2024 as full years, with no gaps", () => {
    const full = rows.filter(isFullYear).map((r) => r.year);
    expect(full).toEqual(Array.from({ length: 12 }, (_, i) => 2013 + i));
  });

  it("marks 2025, if present, as partial", () => {
    for (const row of rows.filter((r) => r.year >= 2025)) expect(isFullYear(row)).toBe(false);
  });

  it("cites a registered source on every row", () => {
    for (const row of rows) expect(sources.has(row.source), `${row.year}`).toBe(true);
  });

  it("records the reports' own figures as revisions beside the series", () => {
    const revisions = meta.revisions.map((r) => `${r.key}:${r.value}:${r.source}`);
    expect(revisions).toContain("2015:3424:wola-2020-beyond-the-wall");
    expect(revisions).toContain("2019:70302:wola-2020-beyond-the-wall");
    expect(revisions).toContain("2016:8800:kbi-2017-asylum-seekers");
  });

  it("counts people, as its metadata says", () => {
    expect(meta.unit).toBe("people");
  });
});

describe("downloads", () => {
  it("the CSV download has exactly the dataset file's rows, columns and cell values", () => {
    for (const id of datasetIds()) {
      const file = csvParseRows(readFileSync(`data/${id}.csv`, "utf8").trim());
      const download = csvParseRows(toCsv(getCatalogEntry(id)).trim());
      expect(download, id).toEqual(file);
    }
  });
});

describe("recommendations", () => {
  it("each cites one of the five reports", async () => {
    const { loadRecommendations } = await import("~/lib/data/datasets/recommendations");
    const { rows } = loadRecommendations();
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(sources.get(row.report)?.kind, row.id).toBe("seed-report");
  });
});
