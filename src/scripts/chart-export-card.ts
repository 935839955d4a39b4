import { saveFile } from "./save-file";
import { BODY_FONT_URL } from "~/lib/cards/body-font";
import { NO_DATA_FILL } from "~/lib/cards/standalone-css";
import { cardSourceText, composeCard, CARD_SIZE_PX, type CardLegendItem } from "~/lib/cards/compose";
import { titleParts, viewTitle } from "./chart-share";

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
      return value ? `${property}:${value.includes("url(") ? NO_DATA_FILL : value}` : "";
    }).filter(Boolean);
    copy.setAttribute("style", inline.join(";"));
    copy.removeAttribute("tabindex");
  });
  return new XMLSerializer().serializeToString(clone).replace(/&nbsp;/g, "&#160;");
}

/**
 * Runs `read` with the page resolved in its light colours: cards are always light (their
 * background is fixed), and a chart read in the dark theme would bring light text onto it. The
 * scheme is switched and restored synchronously, so nothing is painted in between.
 */
function inLightScheme<T>(read: () => T): T {
  const root = document.documentElement;
  const previous = root.style.colorScheme;
  root.style.colorScheme = "light";
  try {
    return read();
  } finally {
    root.style.colorScheme = previous;
  }
}

/** The legend as the page shows it for the view: keys of hidden layers left out, highlight kept. */
function legendOnScreen(figure: HTMLElement | null): CardLegendItem[] {
  return [...(figure?.querySelectorAll<HTMLElement>(".chart-legend li") ?? [])]
    .filter((item) => getComputedStyle(item).display !== "none")
    .map((item) => {
      const swatch = item.querySelector<HTMLElement>(".swatch");
      // The hatched "no data" swatch is a gradient with a transparent colour; the card's legend
      // gives anything that is not a plain rgb() the no-data fill.
      const color = swatch ? getComputedStyle(swatch).backgroundColor : "";
      return {
        key: item.dataset["key"],
        label: item.textContent?.trim() ?? "",
        color,
        shape: swatch?.classList.contains("swatch--circle") ? ("circle" as const) : ("square" as const),
        emphasis: item.classList.contains("is-highlighted") ? ("highlighted" as const) : item.classList.contains("is-dimmed") ? ("dimmed" as const) : undefined,
      };
    })
    .filter((item) => item.label);
}

/**
 * The view's choices away from the default, as the controls name them ("Year: 2021"): what
 * src/lib/cards/card-view.ts writes at build time, read from the page's own labels. Choices the
 * title already names ("… (Chiapas · 2021)", see titleParts) are not repeated.
 */
function viewOnScreen(figure: HTMLElement | null, named: readonly string[]): string {
  let views: Array<{ name?: unknown; fallback?: unknown }> = [];
  try {
    const parsed: unknown = JSON.parse(figure?.dataset["views"] ?? "[]");
    if (Array.isArray(parsed)) views = parsed as typeof views;
  } catch {
    return "";
  }
  const fallback = (name: string | undefined) => views.find((view) => view.name === name)?.fallback;
  const parts: string[] = [];
  for (const control of figure?.querySelectorAll<HTMLElement>(".chart-control") ?? []) {
    const select = control.querySelector<HTMLSelectElement>("select[data-param]");
    const radio = control.querySelector<HTMLInputElement>('input[type="radio"][data-param]:checked');
    const value = select?.value ?? radio?.value;
    const name = select?.dataset["param"] ?? radio?.dataset["param"];
    if (value === undefined || value === fallback(name) || (name !== undefined && named.includes(name))) continue;
    const label = (select ? control.querySelector("span") : control.querySelector("legend"))?.textContent?.trim();
    const option = (select ? select.selectedOptions[0] : radio?.closest("label"))?.textContent?.trim();
    if (label && option) parts.push(`${label}: ${option}`);
  }
  return parts.join(" · ");
}

/**
 * The site's font as an @font-face with a data: URL. A browser drawing an SVG as an image loads
 * nothing outside it, so a face referenced by address falls back to a system serif. Fetched from
 * the site (the file the page already preloads, usually from cache) only when someone exports.
 */
async function embeddedFontCss(): Promise<string> {
  try {
    const url = new URL(BODY_FONT_URL, window.location.href);
    if (url.origin !== window.location.origin) return "";
    const response = await fetch(url);
    if (!response.ok) return "";
    const bytes = await response.arrayBuffer();
    const data = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(new Error("no font"));
      reader.readAsDataURL(new Blob([bytes], { type: "font/woff2" }));
    });
    if (!data.startsWith("data:font/woff2;base64,")) return "";
    return `@font-face{font-family:"Source Sans 3";font-style:normal;font-weight:200 900;src:url(${data}) format("woff2")}`;
  } catch {
    return "";
  }
}

/** A 2× PNG (2400×1260) of the composed card, drawn by the browser from the SVG. */
async function toPng(svgText: string): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: one: the site's CSP allows images from 'self' and data: only.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error("could not draw the chart"));
    image.src = url;
  });
  await image.decode().catch(() => undefined);
  const canvas = document.createElement("canvas");
  canvas.width = CARD_SIZE_PX.width * 2;
  canvas.height = CARD_SIZE_PX.height * 2;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.scale(2, 2);
  context.drawImage(image, 0, 0, CARD_SIZE_PX.width, CARD_SIZE_PX.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"));
}

/**
 * Composes the card of the view on screen and downloads it as SVG or PNG (2400×1260). Loaded only
 * when a reader asks for an image (src/scripts/chart-export.ts), so pages do not carry it.
 */
export async function exportView(root: HTMLElement, figure: HTMLElement, target: SVGSVGElement, kind: "png" | "svg", fallbackHref: string): Promise<void> {
  const [chartSvg, legend] = inLightScheme(() => [snapshot(target), legendOnScreen(figure)] as const);
  const card = composeCard({
    siteName: root.dataset["siteName"] ?? "",
    title: viewTitle(root, root.dataset["title"] ?? ""),
    // The sentence on screen: a time range puts its own there (chart-time.ts).
    summary: figure.querySelector(".chart-summary")?.textContent?.trim() || (root.dataset["summary"] ?? ""),
    chartSvg,
    legend,
    viewText: viewOnScreen(figure, titleParts(figure).map((part) => part.param)),
    fontCss: await embeddedFontCss(),
    sourceText: cardSourceText(root.dataset["sourceLabel"] ?? "", JSON.parse(root.dataset["publishers"] ?? "[]") as string[]),
    ...(root.dataset["latest"] ? { latestText: root.dataset["latest"] } : {}),
    url: window.location.href,
  });
  // The file is named for the view, as the data downloads are: atlas-chiapas-2021.png.
  const named = titleParts(figure).map((part) => (figure.getAttribute(`data-${part.param}`) ?? "").replace("..", "-")).filter((value) => /^[a-z0-9-]+$/i.test(value));
  const name = `${[root.dataset["chartId"] ?? "chart", ...named].join("-")}.${kind}`;
  try {
    saveFile(kind === "svg" ? new Blob([card], { type: "image/svg+xml" }) : await toPng(card), name);
  } catch {
    window.location.href = fallbackHref;
  }
}
