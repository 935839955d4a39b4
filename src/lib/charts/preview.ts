/**
 * A lighter copy of a rendered chart SVG for places that show a chart as a preview linked to its
 * page (the gallery): decorative (its container is aria-hidden), small on screen, and many on
 * one page. It keeps every mark and label the reader sees and drops what only the full chart
 * needs: tooltips (`<title>`), the accessible name, data keys for highlighting, and precision
 * below a tenth of a pixel (maps: whole pixels, and rings that collapse to a point at that size).
 * The gallery at 16 charts went from 227 KB of SVG to about 145 KB (issue 14).
 */

const GEOMETRY_ATTRIBUTES = /\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform|points)="([^"]*)"/g;

/** 182.7548197642252 → 182.7: a tenth of a pixel is below what a preview can show. */
function tenths(value: string): string {
  return value.replace(/(\d+\.\d)\d+/g, "$1");
}

/**
 * Path data in whole pixels (or multiples of `step` px, for an SVG drawn wider than a preview is
 * shown), without repeated points and without closed rings that collapse to a point or a line.
 */
export function simplifyPathData(d: string, step = 1): string {
  const subpaths = d.match(/M[^M]*/g) ?? [];
  return subpaths
    .map((subpath) => subpath.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n) / step) * step)).replace(/L(-?\d+,-?\d+)(?:L\1)+/g, "L$1"))
    .filter((subpath) => {
      if (!/Z\s*$/i.test(subpath)) return true;
      return new Set(subpath.match(/-?\d+,-?\d+/g) ?? []).size >= 3;
    })
    .join("");
}

/** Width in px at which previews are drawn: the compact layout. */
const PREVIEW_WIDTH_PX = 360;

/**
 * Groups only a full-size map shows: its points sized for wide containers (a preview, at phone
 * size, keeps the phone set) and its state labels (mexico-map.ts).
 */
const FULL_SIZE_ONLY = /<g\b[^>]*class="[^"]*\b(?:map-points--wide|map-state-labels)\b[^"]*"[^>]*>[\s\S]*?<\/g>/g;

/**
 * Series an explorer draws hidden, outside its default set (series-explorer.ts): a preview never
 * shows them. Their groups hold marks only (no nested groups), so the first </g> closes them.
 */
const HIDDEN_SERIES = /<g\b[^>]*class="[^"]*\bseries-off\b[^"]*"[^>]*>[\s\S]*?<\/g>/g;

export function previewSvg(svg: string): string {
  const viewBoxWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)?.[1] ?? PREVIEW_WIDTH_PX);
  // A map is drawn once, at the wide layout, and scaled; a preview needs no more than compact detail.
  const step = Math.max(1, Math.round(viewBoxWidth / PREVIEW_WIDTH_PX));
  return svg
    .replace(FULL_SIZE_ONLY, "")
    .replace(HIDDEN_SERIES, "")
    .replace(/<title>[\s\S]*?<\/title>/g, "")
    .replace(/\s(aria-label|aria-describedby|role|data-key|tabindex)="[^"]*"/g, "")
    .replace(/\sd="([^"]*)"/g, (_, d: string) => ` d="${simplifyPathData(d, step)}"`)
    .replace(GEOMETRY_ATTRIBUTES, (_, name: string, value: string) => ` ${name}="${tenths(value)}"`);
}
