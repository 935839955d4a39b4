import type { APIRoute } from "astro";
import { pageCardResponse } from "~/lib/cards/page-card";
import { getChart } from "~/lib/charts/registry";
import { loadSources, publisherIn } from "~/lib/data/sources";
import { asylumPeakFigure } from "~/lib/figures";
import { langStaticPaths, localizePath, t, type Lang } from "~/i18n";

/** The home page's card: the opening sentence and the number that proves it, with its source. */
export const getStaticPaths = langStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { lang } = props as { lang: Lang };
  const lead = asylumPeakFigure(lang);
  const sources = lead.sourceIds.map((id) => loadSources().get(id)).filter((s) => s !== undefined).map((s) => publisherIn(s, lang));
  return pageCardResponse({
    siteName: t(lang, "site.name"),
    kicker: t(lang, "nav.home"),
    title: t(lang, "home.headline"),
    figure: { value: lead.value, label: lead.label },
    context: `${lead.context}. ${getChart(lead.chartId, lang).latest}.`,
    footer: `${t(lang, sources.length === 1 ? "chart.source_label" : "chart.sources_label")} ${sources.join("; ")}`,
    url: new URL(localizePath(lang, "/"), site ?? "https://refugio.example").href,
  });
};
