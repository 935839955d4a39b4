import * as col from "../columns";
import { defineDataset, loadDataset } from "../dataset";

/**
 * COMAR's federal budget per year in nominal Mexican pesos: approved (aprobado/programado) and
 * exercised (ejercido) where both exist. Requests per year come from asylum-requests-by-year.
 */
export const comarBudget = defineDataset({
  id: "comar-budget",
  columns: (meta) => ({
    year: col.year(meta.period),
    approved_pesos: col.optional(col.amount()),
    exercised_pesos: col.optional(col.amount()),
    source: col.sourceId(),
    /** "proposed" when the approved column holds the executive's proposal (PPEF), not the approved budget. */
    approved_stage: col.oneOf(["approved", "proposed"] as const),
  }),
  key: ["year"],
  sourceColumns: ["source"],
});

export const loadComarBudget = (dir?: string) => loadDataset(comarBudget, dir);
