import type { APIRoute, GetStaticPaths } from "astro";
import { datasetIds, getCatalogEntry } from "~/lib/data/catalog";
import { toCsv, toJson } from "~/lib/data/downloads";
import { loadSources } from "~/lib/data/sources";

/** `/data/<id>.csv` and `/data/<id>.json` for every dataset: exactly the validated data. */
export const getStaticPaths = (() =>
  datasetIds().flatMap((id) => [
    { params: { file: `${id}.csv` }, props: { id, format: "csv" as const } },
    { params: { file: `${id}.json` }, props: { id, format: "json" as const } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { id, format } = props as { id: string; format: "csv" | "json" };
  const entry = getCatalogEntry(id);
  if (format === "csv") {
    return new Response(toCsv(entry), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
  }
  const url = new URL(`/data/${id}.json`, site ?? "https://refugio.example").href;
  return new Response(toJson(entry, loadSources(), url), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
