/**
 * What /embed/timeline/ shows (the latest events, grouped by year) and the height its embed code
 * suggests. Both live here so the page, the oEmbed response and the estimate cannot disagree on
 * which events are in the embed. The estimate mirrors Timeline.astro, TimelineEvent.astro and
 * the timeline rules of src/styles/charts.css; tests/deploy/resizers.spec.ts checks it in Chromium.
 */
import type { PolicyEvent } from "~/lib/data/datasets/policy-events";
import { EVENT_ACTORS, EVENT_CATEGORIES } from "~/lib/data/datasets/policy-events";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { getChart, isChartId } from "~/lib/charts/registry";
import { formatIsoDate } from "~/lib/format";
import { actorLabel, categoryLabel, eventDescription, eventsByYear, eventTitle } from "~/lib/timeline/events";
import { t, type Lang } from "~/i18n";
import { EMBED_FIT_WIDTHS_PX, EMBED_PADDING_PX } from "./embed-fit";
import { flowRows, paragraphPx, textWidth, TEXT } from "./text-fit";

/**
 * An embed is a sensible height: the latest events, with a link to the whole timeline. The full
 * list, 100+ events, would be tens of thousands of pixels.
 */
export const TIMELINE_EMBED_EVENTS = 6;

export interface TimelineEmbedContent {
  total: number;
  latest: PolicyEvent[];
  groups: Array<{ year: number; events: PolicyEvent[] }>;
}

export function timelineEmbedContent(): TimelineEmbedContent {
  const all = eventsByYear().flatMap((group) => group.events);
  const latest = all.slice(-TIMELINE_EMBED_EVENTS);
  const years = [...new Set(latest.map((event) => Number(event.date.slice(0, 4))))];
  return { total: all.length, latest, groups: years.map((year) => ({ year, events: latest.filter((event) => Number(event.date.slice(0, 4)) === year) })) };
}

/** The suggested iframe height (px) of the timeline embed: its tallest layout at the fit widths, rounded up to 10. */
export function timelineEmbedHeightPx(lang: Lang): number {
  const content = timelineEmbedContent();
  return Math.ceil(Math.max(...EMBED_FIT_WIDTHS_PX.map((width) => timelineEmbedLayoutPx(lang, content, width))) / 10) * 10;
}

const SLACK = 1.04;

/** Estimated height (px) of /embed/timeline/ in an iframe `widthPx` wide, its filters revealed by its script. */
export function timelineEmbedLayoutPx(lang: Lang, content: TimelineEmbedContent, widthPx: number): number {
  const inner = widthPx - 2 * EMBED_PADDING_PX;
  const heading =
    paragraphPx(t(lang, "timeline.title"), TEXT.title, inner) + 4 + paragraphPx(t(lang, "timeline.embed_latest", { shown: content.latest.length, total: content.total }), TEXT.small, inner) + 16;
  const years = content.groups.reduce((sum, group) => sum + 32 + TEXT.year.lineHeightPx + 6 + 12 + group.events.reduce((s, event) => s + eventPx(lang, event, inner), 0), 0);
  const credit = 8 + paragraphPx(`${t(lang, "timeline.embed_all", { total: content.total })} →`, TEXT.small, inner);
  return Math.ceil(SLACK * (2 * EMBED_PADDING_PX + heading + filtersPx(lang, content, inner) + years + credit));
}

/** The filter form (revealed by the script): two groups of checkboxes, the button and the count, in a padded box. */
function filtersPx(lang: Lang, content: TimelineEmbedContent, inner: number): number {
  const box = inner - 2 * 16;
  const group = (legend: string, labels: string[]) =>
    paragraphPx(legend, TEXT.smallBold, box) + 4 + (() => {
      const rows = flowRows(labels.map((label) => 24 + textWidth(label, TEXT.small)), 16, box);
      return rows * 36 + (rows - 1) * 4;
    })();
  const parts = [
    group(t(lang, "timeline.filter_actor"), EVENT_ACTORS.map((actor) => actorLabel(lang, actor))),
    group(t(lang, "timeline.filter_category"), EVENT_CATEGORIES.map((category) => categoryLabel(lang, category))),
    40,
    paragraphPx(t(lang, "timeline.count", { shown: content.latest.length, total: content.latest.length }), TEXT.small, box),
  ];
  return 16 + 12 + parts.reduce((sum, h) => sum + h, 0) + 12 * (parts.length - 1) + 12 + 16;
}

/** One event: date and tags, title, description, sources, related charts, permalink and copy button. */
function eventPx(lang: Lang, event: PolicyEvent, inner: number): number {
  // The list's left border and padding, then the item's own padding.
  const text = inner - 18 - 24;
  const registry = loadSources();
  const tags = flowRows([textWidth(formatIsoDate(lang, event.date), TEXT.small), ...[actorLabel(lang, event.actor), categoryLabel(lang, event.category)].map((tag) => textWidth(tag, TEXT.tiny) + 18)], 8, text);
  const publishers = event.sources.map((id) => registry.get(id)).filter((source) => source !== undefined).map((source) => publisherIn(source, lang));
  const charts = (event.charts ?? "").split(/\s+/).filter(isChartId).map((id) => getChart(id, lang).title);
  const links = [
    `${t(lang, event.sources.length === 1 ? "chart.source_label" : "chart.sources_label")} ${publishers.join("; ")}`,
    ...(charts.length > 0 ? [`· ${t(lang, "timeline.related_charts")} ${charts.join("; ")}`] : []),
    `· ${t(lang, "timeline.permalink")}`,
    // The copy button: small text in a box, taken as a few characters wider.
    `${t(lang, "timeline.copy_link")}xxxx`,
  ].join(" ");
  return (
    8 + tags * TEXT.small.lineHeightPx + (tags - 1) * 4 + 4 +
    paragraphPx(eventTitle(lang, event), TEXT.heading, text) + 4 +
    paragraphPx(eventDescription(lang, event), TEXT.body, text) + 4 +
    // The button's 28 px box makes its line taller than the text around it.
    paragraphPx(links, TEXT.small, text) + 6 +
    8 + 24
  );
}
