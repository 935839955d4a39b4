import type { PreparedChart } from "~/lib/charts/prepare";
import { defaultRender } from "~/lib/charts/prepare";
import { publisherIn } from "~/lib/data/sources";
import { t } from "~/i18n";
import { CARD_SIZE_PX, PAD_PX, cardSourceText, composeCard, escapeXml, textLines } from "./compose";
import { CARD_COLORS } from "./standalone-css";

/** A chart's card in its default view, for the social card and the slide downloads. */
export function composeChartCard(chart: PreparedChart, canonicalUrl: string): string {
  const { lang } = chart;
  const publishers = chart.sources.map((s) => publisherIn(s, lang));
  return composeCard({
    siteName: t(lang, "site.name"),
    title: chart.title,
    summary: chart.summary,
    chartSvg: defaultRender(chart, "wide"),
    latestText: chart.latest,
    sourceText: cardSourceText(t(lang, publishers.length === 1 ? "chart.source_label" : "chart.sources_label"), publishers),
    url: canonicalUrl,
  });
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
