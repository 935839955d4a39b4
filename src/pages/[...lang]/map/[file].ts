import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, chartJson } from "~/lib/charts/downloads";
import { composeChartCard } from "~/lib/cards/server";
import { svgToPng } from "~/lib/cards/png";
import { getChart } from "~/lib/charts/registry";
import { BUILT_LANGS, DEFAULT_LANG, localizePath, type Lang } from "~/i18n";

/**
 * `/map/data.csv` and `/map/data.json`: every point and state value the atlas draws; `chart.png`
 * (2×, for slides) and `chart.svg`: the atlas's card in its default view, the share panel's
 * downloads without JavaScript (with it, the panel exports the view on screen).
 */
const FILES = ["data.csv", "data.json", "chart.png", "chart.svg"] as const;

export const getStaticPaths = (() =>
  BUILT_LANGS.flatMap((lang) => FILES.map((file) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang, file }, props: { lang, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, file } = props as { lang: Lang; file: (typeof FILES)[number] };
  const chart = getChart("atlas", lang);
  if (file === "data.csv") return new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  if (file === "data.json") return new Response(chartJson(chart), { headers: { "Content-Type": "application/json; charset=utf-8" } });
  const svg = composeChartCard(chart, new URL(localizePath(lang, "/map/"), site ?? "https://refugio.example").href);
  if (file === "chart.svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(new Uint8Array(await svgToPng(svg, 2)).buffer, { headers: { "Content-Type": "image/png" } });
};
