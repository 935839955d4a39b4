import { BUILT_LANGS, DEFAULT_LANG, type Lang } from "~/i18n";
import { FIGURE_IDS, type FigureId } from "./index";

/** `getStaticPaths` for `/figures/<id>/…` in every built language. */
export function figureStaticPaths(): Array<{ params: { lang: string | undefined; id: FigureId }; props: { lang: Lang; id: FigureId } }> {
  return BUILT_LANGS.flatMap((lang) => FIGURE_IDS.map((id) => ({ params: { lang: lang === DEFAULT_LANG ? undefined : lang, id }, props: { lang, id } })));
}
