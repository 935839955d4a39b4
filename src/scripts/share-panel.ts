import { enhanceExport } from "./chart-export";
import { enhanceShare } from "./chart-share";
import { enhanceDownloads } from "./range-downloads";

/**
 * Every share panel on the page (chart pages, /map/): links, citation and embed code follow the
 * view; PNG/SVG export the view on screen; CSV/JSON follow the time range (a set or a map's state
 * is followed by the figure's own script, which also hooks the panel's links).
 */
export function enhanceSharePanels(root: ParentNode): void {
  for (const panel of root.querySelectorAll<HTMLElement>("[data-share-root]")) {
    enhanceShare(panel);
    enhanceExport(panel);
    const figure = document.getElementById(`chart-${panel.dataset["chartId"] ?? ""}`);
    if (figure) enhanceDownloads(figure, panel.querySelectorAll<HTMLAnchorElement>("a[data-download]"));
  }
}
