import type { LegendItem } from "~/lib/charts/types";
import type { ViewState } from "~/lib/url/view-state";
import { textWidth } from "~/lib/share/text-fit";
import { cardStyle, wrapToWidth } from "./card-text";
import { escapeXml } from "./xml";
import { CARD_COLORS, NO_DATA_FILL } from "./standalone-css";

/** One key of a card's legend, for the view shown: its swatch and label, dimmed when another is highlighted. */
export interface CardLegendItem {
  /** The chart's key for the item ("no-data" gets the no-data fill whatever its colour). */
  key?: string | undefined;
  label: string;
  /** A CSS colour (hex or rgb()); anything else ("transparent": no data) gets the no-data fill. */
  color: string;
  shape?: "circle" | "square" | undefined;
  /** With a highlight in the view: the highlighted key is bold, the others faded. */
  emphasis?: "highlighted" | "dimmed" | undefined;
}

const LEGEND_FONT_PX = 17;
const SWATCH_PX = 14;
const SWATCH_GAP_PX = 7;
const ITEM_GAP_PX = 20;
export const LEGEND_ROW_PX = 26;
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgb\([0-9., %]+\))$/i;

/**
 * The legend of a chart for a view: a highlighted key dims the others (as on the page, see
 * src/scripts/chart-view.ts), keys of map layers that are switched off are left out, and so are
 * series outside an explorer's default set (`hidden`: the card draws the default set only).
 */
export function legendForView(items: readonly LegendItem[], state: ViewState): CardLegendItem[] {
  const highlight = state["highlight"];
  const on = highlight !== undefined && highlight !== "none";
  const layers = state["layers"]?.split(",");
  return items
    .filter((item) => !item.hidden && (!item.group || !layers || layers.includes(item.group)))
    .map((item) => ({ key: item.key, label: item.label, color: item.color, shape: item.shape, emphasis: on ? (item.key === highlight ? "highlighted" : "dimmed") : undefined }));
}

/** A key placed in the legend: its lines (a long label wraps, up to four), its left edge and top. */
interface PlacedKey {
  item: CardLegendItem;
  lines: string[];
  x: number;
  y: number;
}

const LINE_PX = 20;

/** Where each key goes when keys flow left to right and wrap within `widthPx`; also the height used. */
function flow(items: readonly CardLegendItem[], widthPx: number): { placed: PlacedKey[]; height: number } {
  const placed: PlacedKey[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  const labelWidth = widthPx - SWATCH_PX - SWATCH_GAP_PX;
  for (const item of items) {
    const style = cardStyle(LEGEND_FONT_PX, item.emphasis === "highlighted" ? 700 : 400);
    // Up to four lines: a key naming a group ("Other listed nationalities: Colombia, Brazil, …")
    // must reach the card whole.
    const lines = wrapToWidth(item.label, style, labelWidth, 4);
    const width = SWATCH_PX + SWATCH_GAP_PX + Math.max(...lines.map((line) => textWidth(line, style)));
    const height = LEGEND_ROW_PX + (lines.length - 1) * LINE_PX;
    if (x > 0 && x + width > widthPx) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    placed.push({ item, lines, x, y });
    rowHeight = Math.max(rowHeight, height);
    x += width + ITEM_GAP_PX;
  }
  return { placed, height: placed.length === 0 ? 0 : y + rowHeight };
}

/** Height in px the legend takes at `widthPx` (0 without keys). */
export function legendHeightPx(items: readonly CardLegendItem[], widthPx: number): number {
  return flow(items, widthPx).height;
}

const ACCENT_SHARE = /^color-mix\(in srgb, currentColor (\d{1,3})%, transparent\)$/;
const RGBA = /^rgba\((\d{1,3}), (\d{1,3}), (\d{1,3}), ([\d.]+)\)$/;

/**
 * The swatch's fill as plain SVG: the page's legend colours include `currentColor` (the chart's
 * accent, as src/styles/charts.css sets it), shares of it, and `transparent` (an outlined key);
 * the browser's export passes computed rgb()/rgba() values.
 */
function swatchFill(item: CardLegendItem): { fill: string; opacity: number } {
  if (item.key === "no-data") return { fill: NO_DATA_FILL, opacity: 1 };
  if (item.color === "currentColor") return { fill: CARD_COLORS.accent, opacity: 1 };
  const share = ACCENT_SHARE.exec(item.color);
  if (share) return { fill: CARD_COLORS.accent, opacity: Math.min(100, Number(share[1])) / 100 };
  const rgba = RGBA.exec(item.color);
  if (rgba && Number(rgba[4]) > 0) return { fill: `rgb(${rgba[1]}, ${rgba[2]}, ${rgba[3]})`, opacity: Math.min(1, Number(rgba[4])) };
  if (SAFE_COLOR.test(item.color)) return { fill: item.color, opacity: 1 };
  return { fill: CARD_COLORS.background, opacity: 1 };
}

/** The legend as SVG: swatches (outlined, as on the page) and labels flowing from (x, y), wrapped at `widthPx`. */
export function legendSvg(items: readonly CardLegendItem[], box: { x: number; y: number; width: number }): string {
  return flow(items, box.width)
    .placed.map(({ item, lines, x, y }) => {
      const left = box.x + x;
      const middle = box.y + y + LEGEND_ROW_PX / 2;
      const { fill, opacity: own } = swatchFill(item);
      const opacity = own * (item.emphasis === "dimmed" ? 0.45 : 1);
      const paint = `fill="${fill}"${opacity < 1 ? ` fill-opacity="${opacity.toFixed(2)}"` : ""} stroke="${CARD_COLORS.rule}" stroke-width="1"`;
      const swatch =
        item.shape === "circle"
          ? `<circle cx="${left + SWATCH_PX / 2}" cy="${middle}" r="${SWATCH_PX / 2 - 0.5}" ${paint}/>`
          : `<rect x="${left + 0.5}" y="${middle - SWATCH_PX / 2 + 0.5}" width="${SWATCH_PX - 1}" height="${SWATCH_PX - 1}" rx="2" ${paint}/>`;
      const weight = item.emphasis === "highlighted" ? 700 : 400;
      const textX = left + SWATCH_PX + SWATCH_GAP_PX;
      // Baseline a third of the font size below the middle centres the x-height on the swatch.
      const tspans = lines.map((line, i) => `<tspan x="${textX}" y="${middle + LEGEND_FONT_PX * 0.33 + i * LINE_PX}">${escapeXml(line)}</tspan>`).join("");
      return `${swatch}<text class="card-legend" font-size="${LEGEND_FONT_PX}" font-weight="${weight}" fill="${item.emphasis === "dimmed" ? CARD_COLORS.muted : CARD_COLORS.text}">${tspans}</text>`;
    })
    .join("");
}
