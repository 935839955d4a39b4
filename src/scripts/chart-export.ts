import { cardSourceText, composeCard, CARD_SIZE_PX } from "~/lib/cards/compose";
import { viewTitle } from "./chart-share";

/** Presentation properties copied from the page's CSS into the exported SVG. */
const STYLED = ["fill", "stroke", "stroke-width", "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity", "color", "font-size", "font-weight"] as const;

/**
 * The chart as it is on screen (view, highlight, layers) as standalone SVG markup: every mark's
 * computed colours are written inline, hidden marks are dropped, references to page-level
 * patterns fall back to a plain fill.
 */
function snapshot(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll<SVGElement>("*")];
  const copies = [clone, ...clone.querySelectorAll<SVGElement>("*")];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const style = getComputedStyle(original);
    if (style.display === "none") {
      copy.remove();
      return;
    }
    const inline = STYLED.map((property) => {
      const value = style.getPropertyValue(property);
      return value ? `${property}:${value.includes("url(") ? "#d8e6f2" : value}` : "";
    }).filter(Boolean);
    copy.setAttribute("style", inline.join(";"));
    copy.removeAttribute("tabindex");
  });
  return new XMLSerializer().serializeToString(clone).replace(/&nbsp;/g, "&#160;");
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A 2× PNG of the composed card, drawn by the browser from the SVG. */
async function toPng(svgText: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("could not draw the chart"));
    image.src = url;
  });
  const canvas = document.createElement("canvas");
  canvas.width = CARD_SIZE_PX.width * 2;
  canvas.height = CARD_SIZE_PX.height * 2;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  URL.revokeObjectURL(url);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
}

/**
 * Download links for PNG and SVG export the view on screen. Without JavaScript (or if drawing
 * fails) the links fall back to the build-time files of the default view.
 */
export function enhanceExport(root: HTMLElement): void {
  const figure = document.querySelector<HTMLElement>(`#chart-${root.dataset["chartId"] ?? ""}`);
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-export]")) {
    link.addEventListener("click", async (event) => {
      // The layout on screen (compact or wide) is the one with a size.
      const target = [...(figure?.querySelectorAll<SVGSVGElement>(".chart-svg:not([hidden]) svg") ?? [])].find((s) => s.getBoundingClientRect().width > 0);
      if (!target) return;
      event.preventDefault();
      const card = composeCard({
        siteName: root.dataset["siteName"] ?? "",
        title: viewTitle(root, root.dataset["title"] ?? ""),
        summary: root.dataset["summary"] ?? "",
        chartSvg: snapshot(target),
        sourceText: cardSourceText(root.dataset["sourceLabel"] ?? "", JSON.parse(root.dataset["publishers"] ?? "[]") as string[]),
        ...(root.dataset["latest"] ? { latestText: root.dataset["latest"] } : {}),
        url: window.location.href,
      });
      const name = `${root.dataset["chartId"] ?? "chart"}.${link.dataset["export"]}`;
      try {
        download(link.dataset["export"] === "svg" ? new Blob([card], { type: "image/svg+xml" }) : await toPng(card), name);
      } catch {
        window.location.href = link.href;
      }
    });
  }
}
