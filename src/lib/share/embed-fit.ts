/**
 * The widths an embed must fit without a resizer script, shared by the height estimates and the
 * browser test that checks them (which cannot import modules that read the dictionaries).
 */

/** A phone, a narrow column, a wide page. */
export const EMBED_FIT_WIDTHS_PX = [320, 600, 1000] as const;

/** --sp-3: the embed's padding on each side (EmbedLayout). */
export const EMBED_PADDING_PX = 12;
