import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { renderAsync } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/** Source Sans 3 as TTF (resvg cannot read the site's WOFF2), the same face the site uses. */
const FONT_FILES = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"].map((file) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${file}`),
);
const BACKGROUND = "#fbfaf7";

/**
 * Rendered PNGs are kept by content hash between builds: rasterising is most of a build's cost
 * (about 80% of 0.6 s per chart), and a chart whose SVG did not change renders the same bytes.
 * The key covers everything that shapes the pixels: the SVG text, the scale, the background,
 * the fonts and the renderer's version. `REFUGIO_PNG_CACHE` names another folder, or `off`.
 */
const RENDERER = `resvg-js@${(require("@resvg/resvg-js/package.json") as { version: string }).version}`;
const CACHE_DIR = process.env["REFUGIO_PNG_CACHE"] ?? resolve("node_modules/.cache/refugio-png");

function cacheKey(svg: string, scale: number): string {
  return createHash("sha256").update(`${RENDERER}\0${FONT_FILES.join(",")}\0${BACKGROUND}\0${scale}\0${svg}`).digest("hex");
}

function readCached(key: string): Buffer | undefined {
  if (CACHE_DIR === "off") return undefined;
  try {
    return readFileSync(join(CACHE_DIR, `${key}.png`));
  } catch {
    return undefined;
  }
}

function writeCached(key: string, png: Buffer): void {
  if (CACHE_DIR === "off") return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside then renamed: a build stopped midway never leaves half a PNG in the cache.
    const temporary = join(CACHE_DIR, `${key}.${process.pid}.tmp`);
    writeFileSync(temporary, png);
    renameSync(temporary, join(CACHE_DIR, `${key}.png`));
  } catch {
    // A read-only or full disk only costs the next build the rendering time.
  }
}

/**
 * Renders a standalone SVG to PNG at `scale` × its size (2 for slides, 1 for social cards).
 * Rendering runs on libuv's thread pool (resvg's renderAsync), so pages built concurrently
 * rasterise on every core.
 */
export async function svgToPng(svg: string, scale = 1): Promise<Buffer> {
  const key = cacheKey(svg, scale);
  const cached = readCached(key);
  if (cached) return cached;
  const rendered = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Source Sans 3" },
    background: BACKGROUND,
  });
  const png = rendered.asPng();
  writeCached(key, png);
  return png;
}
