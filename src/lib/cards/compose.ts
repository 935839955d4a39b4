import { wrapLabel } from "~/lib/charts/theme";
import { legendHeightPx, legendSvg, type CardLegendItem } from "./card-legend";
import { cardStyle, fitLine, wrapToWidth } from "./card-text";
import { CARD_COLORS, STANDALONE_CHART_CSS } from "./standalone-css";
import { escapeXml } from "./xml";

export { escapeXml };
export type { CardLegendItem };

/**
 * The family name is quoted: unquoted, "3" is not a CSS identifier and browsers drop the whole
 * declaration (and draw a serif); resvg was lenient about it.
 */
export const CARD_FONT_FAMILY = "'Source Sans 3', sans-serif";

/** Social cards are 1200×630 (the size Open Graph and X's large card expect). */
export const CARD_SIZE_PX = { width: 1200, height: 630 } as const;
export const PAD_PX = 48;


export function textLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines = wrapLabel(text, maxChars).split("\n");
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] as string).replace(/\s+\S*$/, "")}…`;
  return kept;
}

/** Width over height of a rendered chart, from its viewBox (or size attributes); wide layout if unknown. */
export function chartAspect(svg: string): number {
  const root = /^<svg([^>]*)>/.exec(svg)?.[1] ?? "";
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  const size = [/\swidth="([\d.]+)"/.exec(root)?.[1], /\sheight="([\d.]+)"/.exec(root)?.[1]];
  const [w, h] = box ? [Number(box[1]), Number(box[2])] : [Number(size[0]), Number(size[1])];
  return w > 0 && h > 0 && Number.isFinite(w / h) ? w / h : 720 / 400;
}

/** Re-positions a rendered chart SVG inside the card: a nested <svg> scaled into the box. */
function nestChart(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  // Plot's own stylesheet (":where(.plot-…)") and inline `color: currentColor` are for the page;
  // resvg drops every class rule when it meets them, so they are removed here.
  // jsdom serializes no-break spaces (es-MX "141 k") as &nbsp;, which is not an XML entity.
  const plain = svg
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/&nbsp;/g, "&#160;")
    // resvg resolves an inherited `fill="currentColor"` with the colour where it was declared (the
    // chart's root, text colour), not where it is used: the accent-coloured marks are given their own.
    .replace(/<g class="(mark-primary|mark-partial)([^"]*)"(?![^>]*\sfill=)/g, '<g fill="currentColor" class="$1$2"');
  return plain.replace(/^<svg([^>]*)>/, (_whole, attributes: string) => {
    // Plot's `font-family="system-ui, sans-serif"` goes too: the chart is set in the card's face.
    const kept = attributes.replace(/\s(width|height|x|y|style|preserveAspectRatio|font-family)="[^"]*"/g, "");
    return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMinYMin meet"${kept}>`;
  });
}

/** What a chart card shows, as plain strings: composing it needs no dictionary or data. */
export interface ChartCardParts {
  siteName: string;
  title: string;
  summary: string;
  /** The chart's SVG markup (server render, or the on-screen view with styles inlined). */
  chartSvg: string;
  /** The chart's colour key for the view shown; empty for single-series charts. */
  legend?: readonly CardLegendItem[];
  /** The view shown when it is not the default ("Year: 2021 · Highlight: Haiti"), under the title. */
  viewText?: string;
  sourceText: string;
  /** "Latest data: …" — how current the chart is; optional for callers that lack it. */
  latestText?: string;
  url: string;
  /**
   * CSS for the card's own <style>, e.g. an @font-face with the site's font as a data: URL: a
   * browser drawing the card as an image loads nothing from outside it (src/scripts/chart-export.ts).
   */
  fontCss?: string;
}

const TITLE = cardStyle(36, 700);
const SUMMARY = cardStyle(19, 400);
const FOOTER = cardStyle(17, 400);
const FOOTER_ROW_PX = 26;
/** Space between the chart and the text column beside it, and the narrowest that column gets. */
const GUTTER_PX = 36;
const COLUMN_MIN_PX = 340;

/**
 * A chart as one standalone SVG for sharing and slides. Rows, top to bottom: site name, title
 * (wrapped, two lines at most), then the chart as large as the height allows with a column
 * beside it holding the key sentence and the legend, then "latest data", the source line and the
 * address of the view, each in a row of its own. No CSS variables, no external references: it
 * renders the same in resvg, browsers and slide software. Pure, so the browser uses it too to
 * export the view on screen. Sizes are px of the 1200×630 card; PNGs scale it (2× = 2400×1260).
 */
export function composeCard(parts: ChartCardParts): string {
  const { width, height } = CARD_SIZE_PX;
  const inner = width - 2 * PAD_PX;
  const siteTop = 42;
  const titleTop = siteTop + 46;
  const title = wrapToWidth(parts.title, TITLE, inner, 2);
  const viewTop = titleTop + (title.length - 1) * 42 + 30;
  const viewText = parts.viewText ? fitLine(parts.viewText, cardStyle(18, 600), inner) : "";
  const regionTop = titleTop + (title.length - 1) * 42 + 26 + (viewText ? 30 : 0);
  // The footer, from the bottom up: address, source, latest data, then the rule above them.
  const urlTop = height - 22;
  const sourceTop = urlTop - FOOTER_ROW_PX;
  const latestTop = sourceTop - FOOTER_ROW_PX;
  const ruleTop = (parts.latestText ? latestTop : sourceTop) - 24;
  const regionHeight = ruleTop - 14 - regionTop;
  const aspect = chartAspect(parts.chartSvg);
  const chartWidth = Math.min(regionHeight * aspect, inner - GUTTER_PX - COLUMN_MIN_PX);
  const chartBox = { x: PAD_PX, y: regionTop, width: Math.round(chartWidth), height: Math.round(chartWidth / aspect) };
  const column = { x: PAD_PX + chartBox.width + GUTTER_PX, width: inner - chartBox.width - GUTTER_PX };
  const legend = parts.legend ?? [];
  // The legend keeps its rows; the sentence above it gets the lines that are left.
  const legendHeight = Math.min(legendHeightPx(legend, column.width), regionHeight - 2 * SUMMARY.lineHeightPx);
  const summaryLines = Math.max(1, Math.floor((regionHeight - legendHeight - (legend.length > 0 ? 18 : 0)) / SUMMARY.lineHeightPx));
  const summary = wrapToWidth(parts.summary, SUMMARY, column.width, Math.min(summaryLines, 9));
  const legendTop = regionTop + summary.length * SUMMARY.lineHeightPx + (summary.length > 0 ? 10 : 0);
  const url = parts.url.replace(/^https?:\/\//, "");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CARD_FONT_FAMILY}">`,
    `<style>${parts.fontCss ?? ""}${STANDALONE_CHART_CSS}</style>`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="${width}" height="8" fill="${CARD_COLORS.accent}"/>`,
    svgText(PAD_PX, siteTop, parts.siteName.toUpperCase(), 18, 700, CARD_COLORS.accent),
    ...title.map((line, i) => svgText(PAD_PX, titleTop + i * 42, line, TITLE.fontPx, 700, CARD_COLORS.text)),
    ...(viewText ? [svgText(PAD_PX, viewTop, viewText, 18, 600, CARD_COLORS.accent)] : []),
    nestChart(parts.chartSvg, chartBox),
    // The first baseline sits one font size below the top of the column.
    ...summary.map((line, i) => svgText(column.x, regionTop + SUMMARY.fontPx + i * SUMMARY.lineHeightPx, line, SUMMARY.fontPx, 400, CARD_COLORS.muted)),
    legendSvg(legend.slice(0, legendItemsFitting(legend, column.width, legendHeight)), { x: column.x, y: legendTop, width: column.width }),
    `<rect x="${PAD_PX}" y="${ruleTop}" width="${inner}" height="1" fill="${CARD_COLORS.rule}"/>`,
    ...(parts.latestText ? [svgText(PAD_PX, latestTop, fitLine(parts.latestText, cardStyle(16, 600), inner), 16, 600, CARD_COLORS.muted)] : []),
    svgText(PAD_PX, sourceTop, fitLine(parts.sourceText, FOOTER, inner), 17, 400, CARD_COLORS.muted),
    svgText(PAD_PX, urlTop, fitLine(url, cardStyle(17, 600), inner), 17, 600, CARD_COLORS.accent),
    "</svg>",
  ].join("");
}

/** How many keys fit in `heightPx` (all of them, unless a legend is longer than the card allows). */
function legendItemsFitting(items: readonly CardLegendItem[], widthPx: number, heightPx: number): number {
  let count = items.length;
  while (count > 0 && legendHeightPx(items.slice(0, count), widthPx) > heightPx) count -= 1;
  return count;
}

/** The source line of a card: up to three publishers, then "+n". */
export function cardSourceText(label: string, publishers: readonly string[]): string {
  return `${label} ${publishers.length > 3 ? `${publishers.slice(0, 3).join("; ")}; +${publishers.length - 3}` : publishers.join("; ")}`;
}


/** One line of card text (SVG units are pixels of the 1200×630 card). */
export function svgText(x: number, y: number, content: string, size: number, weight: number, fill: string, anchor = "start"): string {
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** The frame shared by the text cards (key figures, pages): root, background, accent bar. */
export function textCardFrame(): string[] {
  const { width, height } = CARD_SIZE_PX;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CARD_FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="12" height="${height}" fill="${CARD_COLORS.accent}"/>`,
  ];
}

/** The footer of a text card: a rule, the source (or other note) on the left, the address on the right. */
export function textCardFooter(left: string, url: string): string[] {
  const { width, height } = CARD_SIZE_PX;
  const top = height - PAD_PX + 8;
  return [
    `<rect x="${PAD_PX}" y="${top - 26}" width="${width - 2 * PAD_PX}" height="1" fill="${CARD_COLORS.rule}"/>`,
    svgText(PAD_PX, top, left, 17, 400, CARD_COLORS.muted),
    svgText(width - PAD_PX, top, url.replace(/^https?:\/\//, ""), 17, 600, CARD_COLORS.accent, "end"),
    "</svg>",
  ];
}
