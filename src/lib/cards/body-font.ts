// The latin subset of the body font, as the build names it (Vite gives the file imported here and
// the one src/styles/fonts.css references the same fingerprinted name). Pages do not preload it
// (issue 14: a preload held the first paint back); the client-side export fetches it only when a
// reader downloads an image, to embed it in the SVG (src/scripts/chart-export.ts).
import latinFont from "@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2?url";

export const BODY_FONT_URL: string = latinFont;
