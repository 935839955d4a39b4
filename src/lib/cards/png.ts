import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/** Source Sans 3 as TTF (resvg cannot read the site's WOFF2), the same face the site uses. */
const FONT_FILES = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"].map((file) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${file}`),
);

/** Renders a standalone SVG to PNG at `scale` × its size (2 for slides, 1 for social cards). */
export function svgToPng(svg: string, scale = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Source Sans 3" },
    background: "#fbfaf7",
  });
  return resvg.render().asPng();
}
