import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

export const ADDRESSEES = ["us-government", "mx-government", "inm", "comar", "unhcr", "mx-congress", "international"] as const;
export const RECOMMENDATION_TOPICS = ["asylum-system", "funding", "detention", "enforcement", "documents-and-rights", "protection-from-crime", "remain-in-mexico", "access-to-territory", "oversight"] as const;

/**
 * Every recommendation the five reports make, one row each, summarised in our own words.
 * Unit: recommendations (counted as events would be: one row = one recommendation).
 */
export const recommendations = defineDataset({
  id: "recommendations",
  columns: () => ({
    /** Stable id: <report-short>-<n>, e.g. ri-07. */
    id: col.slug(),
    /** The report (a seed-report source id). */
    report: col.sourceId(),
    addressee: col.oneOf(ADDRESSEES),
    topic: col.oneOf(RECOMMENDATION_TOPICS),
    summary_en: col.text(),
    summary_es: col.text(),
  }),
  key: ["id"],
  sourceColumns: ["report"],
});

export const loadRecommendations = (dir?: string) => loadDataset(recommendations, dir);
