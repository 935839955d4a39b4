import { enhanceTooltips } from "./chart-tooltips";
import { enhanceView } from "./chart-view";
import { enhanceSeries } from "./chart-series";
import { enhanceSetPickers } from "./set-picker";
import { enhanceDownloads } from "./range-downloads";
import { enhanceSort } from "./table-sort";

/** Progressive enhancement for every chart on the page (each figure once). */
export function enhanceCharts(root: ParentNode): void {
  for (const figure of root.querySelectorAll<HTMLElement>("figure.chart:not([data-enhanced])")) {
    figure.dataset["enhanced"] = "true";
    // Series and pickers listen for the view, so they are set up before it is first applied.
    enhanceSeries(figure);
    enhanceSetPickers(figure);
    enhanceView(figure);
    enhanceTooltips(figure);
    enhanceDownloads(figure, figure.querySelectorAll<HTMLAnchorElement>("a[data-download]"));
    // Maps with a selected state (?state=): the downloads give that state's rows. Loaded only by
    // figures with a state view (data-state), so the shared chunk every page loads does not carry it.
    if (figure.dataset["state"]) void import("./map-downloads").then(({ followStateDownloads }) => followStateDownloads(figure)).catch(() => undefined);
    for (const table of figure.querySelectorAll<HTMLTableElement>("table[data-sortable]")) enhanceSort(table, document.documentElement.lang || "en");
  }
}
