import type { PreparedChart } from "~/lib/charts/prepare";
import { defaultRender } from "~/lib/charts/prepare";
import { wrapLabel } from "~/lib/charts/theme";
import { t } from "~/i18n";
import { CARD_COLORS, STANDALONE_CHART_CSS } from "./standalone-css";
import { publisherIn } from "~/lib/data/sources";

/** Social cards are 1200×630 (the size Open Graph and X's large card expect). */
export const CARD_SIZE_PX = { width: 1200, height: 630 } as const;
const PAD_PX = 48;

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function textLines(text: string, maxChars: number, maxLines: number): string[] {
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

/**
 * A chart as one standalone SVG for sharing and slides: site name, title, the key sentence, the
 * chart in its default view, and the source line with the canonical address. No CSS variables,
 * no external references: it renders the same in resvg, browsers and slide software.
 */
export function composeChartCard(chart: PreparedChart, canonicalUrl: string): string {
  const { width, height } = CARD_SIZE_PX;
  const { lang } = chart;
  const title = textLines(chart.title, 52, 2);
  const summary = textLines(chart.summary, 110, 2);
  const titleTop = PAD_PX + 46;
  const summaryTop = titleTop + title.length * 46 + 8;
  const chartTop = summaryTop + summary.length * 24 + 8;
  const footerTop = height - PAD_PX + 8;
  const chartBox = { x: PAD_PX, y: chartTop, width: width - 2 * PAD_PX, height: footerTop - 34 - chartTop };
  const sources = chart.sources.map((s) => publisherIn(s, lang));
  const sourceText = `${t(lang, sources.length === 1 ? "chart.source_label" : "chart.sources_label")} ${sources.length > 3 ? `${sources.slice(0, 3).join("; ")}; +${sources.length - 3}` : sources.join("; ")}`;
  const text = (x: number, y: number, content: string, size: number, weight: number, fill: string, anchor = "start") =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Source Sans 3, sans-serif">`,
    `<style>${STANDALONE_CHART_CSS}</style>`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="${width}" height="8" fill="${CARD_COLORS.accent}"/>`,
    text(PAD_PX, PAD_PX, t(lang, "site.name").toUpperCase(), 18, 700, CARD_COLORS.accent),
    ...title.map((line, i) => text(PAD_PX, titleTop + i * 46, line, 40, 700, CARD_COLORS.text)),
    ...summary.map((line, i) => text(PAD_PX, summaryTop + i * 24, line, 19, 400, CARD_COLORS.muted)),
    nestChart(defaultRender(chart, "wide"), chartBox),
    `<rect x="${PAD_PX}" y="${footerTop - 26}" width="${width - 2 * PAD_PX}" height="1" fill="${CARD_COLORS.rule}"/>`,
    text(PAD_PX, footerTop, sourceText, 17, 400, CARD_COLORS.muted),
    text(width - PAD_PX, footerTop, canonicalUrl.replace(/^https?:\/\//, ""), 17, 600, CARD_COLORS.accent, "end"),
    "</svg>",
  ].join("");
}

/** A key figure as a 1200×630 card: the number, what it counts, its context and its source. */
export function composeFigureCard(figure: { value: string; label: string; context: string }, lang: "en" | "es", sources: string[], canonicalUrl: string): string {
  const { width, height } = CARD_SIZE_PX;
  const label = textLines(figure.label, 56, 3);
  const context = textLines(figure.context, 96, 2);
  const valueTop = PAD_PX + 170;
  const labelTop = valueTop + 64;
  const contextTop = labelTop + label.length * 44 + 16;
  const footerTop = height - PAD_PX + 8;
  const text = (x: number, y: number, content: string, size: number, weight: number, fill: string, anchor = "start") =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Source Sans 3, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="${CARD_COLORS.background}"/>`,
    `<rect width="12" height="${height}" fill="${CARD_COLORS.accent}"/>`,
    text(PAD_PX, PAD_PX, t(lang, "site.name").toUpperCase(), 18, 700, CARD_COLORS.accent),
    text(PAD_PX, valueTop, figure.value, 150, 700, CARD_COLORS.text),
    ...label.map((line, i) => text(PAD_PX, labelTop + i * 44, line, 36, 600, CARD_COLORS.text)),
    ...context.map((line, i) => text(PAD_PX, contextTop + i * 28, line, 22, 400, CARD_COLORS.muted)),
    `<rect x="${PAD_PX}" y="${footerTop - 26}" width="${width - 2 * PAD_PX}" height="1" fill="${CARD_COLORS.rule}"/>`,
    text(PAD_PX, footerTop, `${t(lang, sources.length === 1 ? "chart.source_label" : "chart.sources_label")} ${sources.join("; ")}`, 17, 400, CARD_COLORS.muted),
    text(width - PAD_PX, footerTop, canonicalUrl.replace(/^https?:\/\//, ""), 17, 600, CARD_COLORS.accent, "end"),
    "</svg>",
  ].join("");
}
