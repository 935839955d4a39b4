import { BUILT_LANGS, DEFAULT_LANG, type Lang } from "~/i18n";
import { CHART_IDS, type ChartId } from "./types";

/** `getStaticPaths` for per-chart routes (`/charts/<id>/`, `/embed/<id>/`), in every built language. */
export function chartStaticPaths(): Array<{ params: { lang: string | undefined; id: ChartId }; props: { lang: Lang; id: ChartId } }> {
  return BUILT_LANGS.flatMap((lang) => CHART_IDS.map((id) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang, id }, props: { lang, id } })));
}
