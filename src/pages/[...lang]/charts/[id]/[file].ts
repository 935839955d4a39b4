import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, chartJson } from "~/lib/charts/downloads";
import { composeChartCard } from "~/lib/cards/server";
import { svgToPng } from "~/lib/cards/png";
import { getChart, type ChartId } from "~/lib/charts/registry";
import { chartStaticPaths } from "~/lib/charts/routes";
import type { Lang } from "~/i18n";

/**
 * Per chart: `card.png` (1200×630 social card), `chart.png` (2× for slides), `chart.svg`, and
 * `data.csv` / `data.json`: exactly the rows the chart draws (joins and aggregations included).
 */
const FILES = ["card.png", "chart.png", "chart.svg", "data.csv", "data.json"] as const;

export const getStaticPaths = (() =>
  chartStaticPaths().flatMap((path) => FILES.map((file) => ({ params: { ...path.params, file }, props: { ...path.props, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lang, id, file } = props as { lang: Lang; id: ChartId; file: (typeof FILES)[number] };
  const chart = getChart(id, lang);
  if (file === "data.csv") return new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  if (file === "data.json") return new Response(chartJson(chart), { headers: { "Content-Type": "application/json; charset=utf-8" } });
  const svg = composeChartCard(chart, new URL(chart.links.page, site ?? "https://refugio.example").href);
  if (file === "chart.svg") return new Response(svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  return new Response(new Uint8Array(await svgToPng(svg, file === "chart.png" ? 2 : 1)).buffer, { headers: { "Content-Type": "image/png" } });
};
