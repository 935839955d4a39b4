import { enhanceTooltips } from "./chart-tooltips";
import { enhanceView } from "./chart-view";
import { enhanceDownloads } from "./chart-downloads";
import { enhanceSort } from "./table-sort";

/** Progressive enhancement for every chart on the page (each figure once). */
export function enhanceCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>("figure.chart:not([data-enhanced])")) {
    figure.dataset["enhanced"] = "true";
    enhanceView(figure);
    enhanceTooltips(figure);
    enhanceDownloads(figure, figure.querySelectorAll<HTMLAnchorElement>("a[data-download]"));
    for (const table of figure.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhanceSort(table, document.documentElement.lang || "en");
  }
}
