import { wrapLabel } from "~/lib/charts/theme";
import { CARD_COLORS, STANDALONE_CHART_CSS } from "./standalone-css";

/** Social cards are 1200×630 (the size Open Graph and X's large card expect). */
export const CARD_SIZE_PX = { width: 1200, height: 630 } as const;
export const PAD_PX = 48;

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function textLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines = wrapLabel(text, maxChars).split("\n");
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] as string).replace(/\s+\S*$/, "")}…`;
  return kept;
}

/** Re-positions a rendered chart SVG inside the card: a nested <svg> scaled into the box. */
function nestChart(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  // Plot's own stylesheet (":where(.plot-…)") and inline `color: currentColor` are for the page;
  // resvg drops every class rule when it meets them, so they are removed here.
  // jsdom serializes no-break spaces (es-MX "141 k") as &nbsp;, which is not an XML entity.
  const plain = svg.replace(/<style>[\s\S]*?<\/style>/, "").replace(/&nbsp;/g, "&#160;");
  return plain.replace(/^<svg([^>]*)>/, (_whole, attributes: string) => {
    const kept = attributes.replace(/\s(width|height|x|y|style)="[^"]*"/g, "");
    return `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMid meet"${kept}>`;
  });
}

/** What a chart card shows, as plain strings: composing it needs no dictionary or data. */
export interface ChartCardParts {
  siteName: string;
  title: string;
  summary: string;
  /** The chart's SVG markup (server render, or the on-screen view with styles inlined). */
  chartSvg: string;
  sourceText: string;
  /** "Latest data: …" — how current the chart is; optional for callers that lack it. */
  latestText?: string;
  url: string;
}

/**
 * A chart as one standalone SVG for sharing and slides: site name, title, the key sentence, the
 * chart, and the source line with the address of the view. No CSS variables, no external
 * references: it renders the same in resvg, browsers and slide software. Pure, so the browser
 * uses it too to export the view on screen.
 */
export function composeCard(parts: ChartCardParts): string {
  const { width, height } = CARD_SIZE_PX;
  const title = textLines(parts.title, 52, 2);
  const summary = textLines(parts.summary, 110, 2);
  const titleTop = PAD_PX + 46;
  const summaryTop = titleTop + title.length * 46 + 8;
  const chartTop = summaryTop + summary.length * 24 + 8;
  const footerTop = height - PAD_PX + 8;
  // The "latest data" line sits between the chart and the footer rule.
  const latestTop = footerTop - 34;
  const chartBox = { x: PAD_PX, y: chartTop, width: width - 2 * PAD_PX, height: latestTop - (parts.latestText ? 24 : 0) - chartTop };
  const text = (x: number, y: number, content: string, size: number, weight: number, fill: string, anchor = "start") =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Source Sans 3, sans-serif">`,
    `<style>${STANDALONE_CHART_CSS}</style>`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="${width}" height="8" fill="${CARD_COLORS.accent}"/>`,
    text(PAD_PX, PAD_PX, parts.siteName.toUpperCase(), 18, 700, CARD_COLORS.accent),
    ...title.map((line, i) => text(PAD_PX, titleTop + i * 46, line, 40, 700, CARD_COLORS.text)),
    ...summary.map((line, i) => text(PAD_PX, summaryTop + i * 24, line, 19, 400, CARD_COLORS.muted)),
    nestChart(parts.chartSvg, chartBox),
    ...(parts.latestText ? [text(PAD_PX, latestTop, parts.latestText, 16, 600, CARD_COLORS.muted)] : []),
    `<rect x="${PAD_PX}" y="${footerTop - 26}" width="${width - 2 * PAD_PX}" height="1" fill="${CARD_COLORS.rule}"/>`,
    text(PAD_PX, footerTop, parts.sourceText, 17, 400, CARD_COLORS.muted),
    text(width - PAD_PX, footerTop, parts.url.replace(/^https?:\/\//, ""), 17, 600, CARD_COLORS.accent, "end"),
    "</svg>",
  ].join("");
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Source Sans 3, sans-serif">`,
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
