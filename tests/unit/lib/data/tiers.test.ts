import { describe, expect, it } from "vitest";
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { loadSources, WEAKEST_TIER } from "~/lib/data/sources";

/**
 * Evidence order: no chart's headline series may rest on a copy or an aggregator (tier 5). The
 * headline series of each chart is the series its summary sentence and key figures are computed
 * from: every row of these datasets. Other rows that rest only on tier 5 (no stronger source was
 * found) must be admitted in their dataset's caveats.
 */
const HEADLINE_DATASETS = ["asylum-requests-by-year", "asylum-requests-by-nationality", "comar-budget", "detentions-by-year", "deportations-by-year", "comar-resolutions-by-year", "comar-backlog"];

const sources = loadSources();
const strongestTier = (ids: string[]) => Math.min(...ids.map((id) => sources.get(id)?.tier ?? WEAKEST_TIER));

describe("source tiers behind the charts", () => {
  for (const id of HEADLINE_DATASETS) {
    it(`${id}: no row of the headline series rests only on a copy or aggregator`, () => {
      const entry = getCatalogEntry(id);
      const weak = entry.rowSources.flatMap((ids, i) => (strongestTier(ids) === WEAKEST_TIER ? [`${JSON.stringify(entry.records[i])} ← ${ids.join(" ")}`] : []));
      expect(weak).toEqual([]);
    });
  }

  it("every other dataset with rows resting only on tier 5 says so in its caveats, naming the copy", () => {
    const unadmitted: string[] = [];
    for (const id of datasetIds().filter((d) => !HEADLINE_DATASETS.includes(d) && d !== "policy-events")) {
      const entry = getCatalogEntry(id);
      const caveats = entry.meta.caveats.map((c) => c.en).join(" ");
      for (const ids of entry.rowSources) {
        if (strongestTier(ids) !== WEAKEST_TIER) continue;
        for (const sid of ids) {
          const publisher = sources.get(sid)?.publisher.split(/[ (]/)[0] ?? sid;
          if (!caveats.includes(publisher)) unadmitted.push(`${id}: ${sid} (${publisher})`);
        }
      }
    }
    expect([...new Set(unadmitted)]).toEqual([]);
  });
});
