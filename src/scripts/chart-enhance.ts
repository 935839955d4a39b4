import { enhanceTooltips } from "./chart-tooltips";
import { enhanceView } from "./chart-view";

/** Progressive enhancement for every chart on the page (each figure once). */
export function enhanceCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>("figure.chart:not([data-enhanced])")) {
    figure.dataset["enhanced"] = "true";
    enhanceView(figure);
    enhanceTooltips(figure);
  }
}
