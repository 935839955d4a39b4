import type { PreparedChart } from "~/lib/charts/prepare";
import { defaultRender } from "~/lib/charts/prepare";
import type { ChartLayout } from "~/lib/charts/types";
import { publisherIn } from "~/lib/data/sources";
import { t } from "~/i18n";
import type { ViewState } from "~/lib/url/view-state";
import { legendForView } from "./card-legend";
import { viewDescription } from "./card-view";
import { PAD_PX, cardSourceText, composeCard, svgText, textCardFooter, textCardFrame, textLines } from "./compose";
import { CARD_COLORS } from "./standalone-css";

/**
 * A chart's card for a view (by default its default view, for the social card and the slide
 * downloads): the render of the view's variant, and the legend as the page shows it.
 */
export function composeChartCard(chart: PreparedChart, canonicalUrl: string, view: ViewState = {}, layout: ChartLayout = "wide"): string {
  const { lang } = chart;
  const publishers = chart.sources.map((s) => publisherIn(s, lang));
  const state: ViewState = Object.fromEntries(chart.views.map((v) => [v.name, view[v.name] ?? v.fallback]));
  const variant = chart.variantParam ? state[chart.variantParam] : undefined;
  const render = chart.renders.find((r) => r.layout === layout && r.variant === variant) ?? chart.renders.find((r) => r.variant === variant);
  return composeCard({
    siteName: t(lang, "site.name"),
    title: chart.title,
    summary: chart.summary,
    chartSvg: render?.svg ?? defaultRender(chart, layout),
    legend: legendForView(chart.legend, state),
    viewText: viewDescription(chart.views, chart.viewLabels, state),
    latestText: chart.latest,
    sourceText: cardSourceText(t(lang, publishers.length === 1 ? "chart.source_label" : "chart.sources_label"), publishers),
    url: canonicalUrl,
  });
}

/** A key figure as a 1200×630 card: the number, what it counts, its context and its source. */
export function composeFigureCard(figure: { value: string; label: string; context: string }, lang: "en" | "es", sources: string[], canonicalUrl: string): string {
  const label = textLines(figure.label, 56, 3);
  const context = textLines(figure.context, 96, 2);
  const valueTop = PAD_PX + 170;
  const labelTop = valueTop + 64;
  const contextTop = labelTop + label.length * 44 + 16;
  return [
    ...textCardFrame(),
    svgText(PAD_PX, PAD_PX, t(lang, "site.name").toUpperCase(), 18, 700, CARD_COLORS.accent),
    svgText(PAD_PX, valueTop, figure.value, 150, 700, CARD_COLORS.text),
    ...label.map((line, i) => svgText(PAD_PX, labelTop + i * 44, line, 36, 600, CARD_COLORS.text)),
    ...context.map((line, i) => svgText(PAD_PX, contextTop + i * 28, line, 22, 400, CARD_COLORS.muted)),
    ...textCardFooter(`${t(lang, sources.length === 1 ? "chart.source_label" : "chart.sources_label")} ${sources.join("; ")}`, canonicalUrl),
  ].join("");
}
