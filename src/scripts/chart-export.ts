/**
 * Download links for PNG and SVG export the view on screen. The card code (layout, legend, the
 * embedded font) is fetched only on the first click (src/scripts/chart-export-card.ts): it is
 * about half of the charts' script and most readers never export. Without JavaScript, or if
 * anything fails, the links fall back to the build-time files of the default view.
 */
export function enhanceExport(root: HTMLElement): void {
  const figure = document.querySelector<HTMLElement>(`#chart-${root.dataset["chartId"] ?? ""}`);
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-export]")) {
    link.addEventListener("click", async (event) => {
      // The wide layout of the variant shown (the card is laid out for it, as the build's cards
      // are), even on a phone that shows the compact one; maps have a single layout.
      const target = figure?.querySelector<SVGSVGElement>(".chart-svg--wide:not([hidden]) svg, .chart-svg--only:not([hidden]) svg");
      if (!figure || !target) return;
      event.preventDefault();
      const kind = link.dataset["export"] === "svg" ? "svg" : "png";
      try {
        const { exportView } = await import("./chart-export-card");
        await exportView(root, figure, target, kind, link.href);
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
