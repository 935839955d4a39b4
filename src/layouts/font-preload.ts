// The latin subset of the body font, as the build names it (Vite gives the file imported here and
// the one src/styles/fonts.css references the same fingerprinted name). Preloaded by the layouts.
import latinFont from "@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2?url";

export const BODY_FONT_URL: string = latinFont;
