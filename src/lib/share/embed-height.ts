/**
 * The height written into a chart's embed code and oEmbed response: an iframe without any
 * resizer script must show the whole embed at every width a host gives it. The layout is
 * rebuilt part by part from the chart itself (title, summary, controls, legend, the SVG scaled
 * to the width, events, source line) at each width of EMBED_FIT_WIDTHS_PX, and the tallest wins.
 * The part sizes mirror src/styles/charts.css and src/layouts/EmbedLayout.astro; the estimate is
 * an upper bound, checked against Chromium's real layout in tests/deploy/resizers.spec.ts.
 */
import type { PreparedChart } from "~/lib/charts/prepare";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { formatIsoDate } from "~/lib/format";
import { t } from "~/i18n";
import { EMBED_FIT_WIDTHS_PX, EMBED_PADDING_PX } from "./embed-fit";
import { flowRows, lineCount, paragraphPx, textWidth, TEXT } from "./text-fit";

/** 34rem: the container width from which the wide layout replaces the compact one (charts.css). */
const WIDE_FROM_PX = 34 * 16;
/** Interactive rows (controls, the table toggle) are at least 44 px tall (touch targets). */
const TOUCH_PX = 44;
/** A checkbox or radio and the gap after it. */
const INPUT_PX = 24;
/** Safety margin over the estimate, for fonts that fall back and rounding. */
const SLACK = 1.04;

/** The suggested iframe height (px): the tallest of the embed's layouts at the fit widths, rounded up to 10. */
export function embedHeightPx(chart: PreparedChart): number {
  return Math.ceil(Math.max(...EMBED_FIT_WIDTHS_PX.map((width) => chartEmbedLayoutPx(chart, width))) / 10) * 10;
}

/** Estimated height (px) of /embed/<id>/ in an iframe `widthPx` wide, controls revealed (the embed runs its own script). */
export function chartEmbedLayoutPx(chart: PreparedChart, widthPx: number): number {
  const { lang } = chart;
  const inner = widthPx - 2 * EMBED_PADDING_PX;
  const caption =
    paragraphPx(chart.title, TEXT.title, inner) + 4 + paragraphPx(chart.subtitle, TEXT.body, inner) + 12 + paragraphPx(chart.summary, TEXT.body, inner) + 12;
  return Math.ceil(
    SLACK *
      (2 * EMBED_PADDING_PX +
        caption +
        controlsPx(chart, inner) +
        legendPx(chart, inner) +
        chart.legendNotes.reduce((sum, note) => sum + paragraphPx(note, TEXT.small, inner) + 8, 0) +
        plotPx(chart, inner) +
        eventsPx(chart, inner) +
        metaPx(chart, inner) +
        // The tab bar (Chart · Table · Map · Sources): one row of touch height, its border and margin.
        // With the embed's script only the chart panel shows, so the table and sources are not counted.
        TOUCH_PX + 1 + 12 +
        // "View on Refugio →"
        8 + paragraphPx(`${t(lang, "chart.view_on_site")} →`, TEXT.small, inner)),
  );
}

/** The view controls: each control wraps its label and options in rows of touch height; controls are stacked. */
function controlsPx(chart: PreparedChart, inner: number): number {
  if (chart.views.length === 0) return 0;
  const { lang } = chart;
  const heights = chart.views.map((view) => {
    const labels = chart.viewLabels[view.name];
    if (!labels) return 0;
    if (view.range) {
      // Legend, "From" + select, "To" + select, then the preset links; a select of years is ~5.5em wide.
      const select = textWidth("2025", TEXT.small) + 40;
      const items = [textWidth(labels.label, TEXT.smallBold) + 8, textWidth(t(lang, "chart.time_from"), TEXT.small), select, textWidth(t(lang, "chart.time_to"), TEXT.small), select];
      const presets = [t(lang, "chart.time_all"), t(lang, "chart.time_since", { year: 2019 })].map((text) => textWidth(text, TEXT.small) + 12);
      return TOUCH_PX * flowRows([...items, ...presets], 8, inner);
    }
    // A set picker (SetPicker.astro): its label, the field, the status line and the keyboard hint, at most 24rem wide.
    if (view.set !== undefined) return TEXT.smallBold.lineHeightPx + 4 + TOUCH_PX + 4 + TEXT.small.lineHeightPx + paragraphPx(t(chart.lang, "picker.hint"), TEXT.small, Math.min(inner, 24 * 16));
    const options = view.values.map((value) => labels.options[value] ?? value);
    const isToggle = view.values.length === 2 && view.values.includes("on") && view.values.includes("off");
    if (isToggle) return TOUCH_PX * lineCount(labels.label, TEXT.small, inner - INPUT_PX);
    if (view.list || view.values.length <= 3) {
      const items = [textWidth(labels.label, TEXT.smallBold) + 8, ...options.map((option) => textWidth(option, TEXT.small) + INPUT_PX)];
      return TOUCH_PX * flowRows(items, 12, inner);
    }
    // A select: its label, then a box as wide as its longest option.
    const select = Math.max(...options.map((option) => textWidth(option, TEXT.small))) + 40;
    return TOUCH_PX * flowRows([textWidth(labels.label, TEXT.small), select], 8, inner);
  });
  return heights.reduce((sum, h) => sum + h, 0) + 8 * (heights.length - 1) + 12;
}

/** The legend: swatch and label per item, wrapping; an item longer than a line wraps inside itself. */
function legendPx(chart: PreparedChart, inner: number): number {
  if (chart.legend.length === 0) return 0;
  // A series explorer shows at most its set's cap of entries: count the longest that many.
  const cap = chart.views.find((view) => view.set !== undefined)?.set;
  const items = cap === undefined ? chart.legend : [...chart.legend].sort((a, b) => textWidth(b.label, TEXT.small) - textWidth(a.label, TEXT.small)).slice(0, cap);
  const widths = items.map((item) => 18 + textWidth(item.label, TEXT.small));
  const extraLines = items.reduce((sum, item) => sum + lineCount(item.label, TEXT.small, inner - 18) - 1, 0);
  const rows = flowRows(widths, 24, inner) + extraLines;
  return rows * TEXT.small.lineHeightPx + (rows - 1) * 4 + 8;
}

/** The SVG shown at this width (compact below 34rem, else wide; maps have one), scaled to fit; the tallest variant. */
function plotPx(chart: PreparedChart, inner: number): number {
  const layout = chart.singleLayout ? chart.renders[0]?.layout : inner >= WIDE_FROM_PX ? "wide" : "compact";
  const heights = chart.renders
    .filter((render) => render.layout === layout)
    .map((render) => {
      const width = Number(/\bwidth="([\d.]+)"/.exec(render.svg)?.[1]);
      const height = Number(/\bheight="([\d.]+)"/.exec(render.svg)?.[1]);
      if (!(width > 0 && height > 0)) throw new Error(`chart ${chart.id}: an SVG without width and height`);
      return (height * inner) / width;
    });
  return Math.max(0, ...heights);
}

/** The numbered events under the chart: "date: title (publishers)", one list item each. */
function eventsPx(chart: PreparedChart, inner: number): number {
  if (chart.annotations.length === 0) return 0;
  const { lang } = chart;
  const registry = loadSources();
  const items = chart.annotations.map((event) => {
    const publishers = event.sourceIds.map((id) => registry.get(id)).filter((source) => source !== undefined).map((source) => publisherIn(source, lang));
    return paragraphPx(`${formatIsoDate(lang, event.date)}: ${event.title} (${publishers.join("; ")})`, TEXT.small, inner - 24);
  });
  return 8 + TEXT.small.lineHeightPx + 4 + items.reduce((sum, h) => sum + h, 0) + 8;
}

/** The source line (folded behind a count past six sources, as SourceLine.astro does) and "Latest data …". */
function metaPx(chart: PreparedChart, inner: number): number {
  const { lang } = chart;
  const label = chart.sources.length === 1 ? t(lang, "chart.source_label") : t(lang, "chart.sources_label");
  const items = chart.sources.map((source) => `${publisherIn(source, lang)} (${formatIsoDate(lang, source.date_published)})`);
  const source =
    chart.sources.length > 6 ? TOUCH_PX : paragraphPx(`${label} ${items.join("; ")}. ${t(lang, "chart.methodology_link")}.`, TEXT.small, inner);
  return 12 + source + 8 + paragraphPx(chart.asOf, TEXT.small, inner) + 8 + 12;
}
