import type { LegendItem } from "~/lib/charts/types";
import type { ViewState } from "~/lib/url/view-state";
import { textWidth } from "~/lib/share/text-fit";
import { cardStyle, fitLine } from "./card-text";
import { escapeXml } from "./xml";
import { CARD_COLORS, NO_DATA_FILL } from "./standalone-css";

/** One key of a card's legend, for the view shown: its swatch and label, dimmed when another is highlighted. */
export interface CardLegendItem {
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
 * src/scripts/chart-view.ts), keys of map layers that are switched off are left out.
 */
export function legendForView(items: readonly LegendItem[], state: ViewState): CardLegendItem[] {
  const highlight = state["highlight"];
  const on = highlight !== undefined && highlight !== "none";
  const layers = state["layers"]?.split(",");
  return items
    .filter((item) => !item.group || !layers || layers.includes(item.group))
    .map((item) => ({ label: item.label, color: item.color, shape: item.shape, emphasis: on ? (item.key === highlight ? "highlighted" : "dimmed") : undefined }));
}

/** Where each key goes when keys flow left to right and wrap within `widthPx`. */
function flow(items: readonly CardLegendItem[], widthPx: number): Array<{ item: CardLegendItem; label: string; x: number; row: number }> {
  const placed: Array<{ item: CardLegendItem; label: string; x: number; row: number }> = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const style = cardStyle(LEGEND_FONT_PX, item.emphasis === "highlighted" ? 700 : 400);
    const label = fitLine(item.label, style, widthPx - SWATCH_PX - SWATCH_GAP_PX);
    const width = SWATCH_PX + SWATCH_GAP_PX + textWidth(label, style);
    if (x > 0 && x + width > widthPx) {
      row += 1;
      x = 0;
    }
    placed.push({ item, label, x, row });
    x += width + ITEM_GAP_PX;
  }
  return placed;
}

/** Height in px the legend takes at `widthPx` (0 without keys). */
export function legendHeightPx(items: readonly CardLegendItem[], widthPx: number): number {
  const placed = flow(items, widthPx);
  return placed.length === 0 ? 0 : ((placed[placed.length - 1]?.row ?? 0) + 1) * LEGEND_ROW_PX;
}

/** The legend as SVG: swatches and labels in rows of LEGEND_ROW_PX from (x, y), wrapped at `widthPx`. */
export function legendSvg(items: readonly CardLegendItem[], box: { x: number; y: number; width: number }): string {
  return flow(items, box.width)
    .map(({ item, label, x, row }) => {
      const left = box.x + x;
      const middle = box.y + row * LEGEND_ROW_PX + LEGEND_ROW_PX / 2;
      const color = SAFE_COLOR.test(item.color) ? item.color : NO_DATA_FILL;
      const opacity = item.emphasis === "dimmed" ? ' opacity="0.45"' : "";
      const swatch =
        item.shape === "circle"
          ? `<circle cx="${left + SWATCH_PX / 2}" cy="${middle}" r="${SWATCH_PX / 2}" fill="${color}"${opacity}/>`
          : `<rect x="${left}" y="${middle - SWATCH_PX / 2}" width="${SWATCH_PX}" height="${SWATCH_PX}" fill="${color}"${opacity}/>`;
      const weight = item.emphasis === "highlighted" ? 700 : 400;
      // Baseline a third of the font size below the middle centres the x-height on the swatch.
      return `${swatch}<text class="card-legend" x="${left + SWATCH_PX + SWATCH_GAP_PX}" y="${middle + LEGEND_FONT_PX * 0.33}" font-size="${LEGEND_FONT_PX}" font-weight="${weight}" fill="${item.emphasis === "dimmed" ? CARD_COLORS.muted : CARD_COLORS.text}">${escapeXml(label)}</text>`;
    })
    .join("");
}
