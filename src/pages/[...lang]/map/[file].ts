import type { APIRoute, GetStaticPaths } from "astro";
import { chartCsv, chartJson } from "~/lib/charts/downloads";
import { getChart } from "~/lib/charts/registry";
import { BUILT_LANGS, DEFAULT_LANG, type Lang } from "~/i18n";

/** `/map/data.csv` and `/map/data.json`: every point and state value the atlas draws. */
export const getStaticPaths = (() =>
  BUILT_LANGS.flatMap((lang) => ["data.csv", "data.json"].map((file) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang, file }, props: { lang, file } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { lang, file } = props as { lang: Lang; file: string };
  const chart = getChart("atlas", lang);
  return file === "data.csv"
    ? new Response(chartCsv(chart), { headers: { "Content-Type": "text/csv; charset=utf-8" } })
    : new Response(chartJson(chart), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
