import type { Lang } from "~/i18n";

/** The quote footer's words: a translation of testimony is marked as the site's, with a link to the original. */
export const QUOTE_TEXT: Record<Lang, { translation: string; original: Record<"en" | "es", string> }> = {
  en: { translation: "translated by Refugio", original: { en: "original in English", es: "original in Spanish" } },
  es: { translation: "traducción de Refugio", original: { en: "original en inglés", es: "original en español" } },
};

/** The label of a method note: how a figure was counted, kept out of the running text. */
export const NOTE_LABEL: Record<Lang, string> = { en: "About the numbers", es: "Sobre las cifras" };
