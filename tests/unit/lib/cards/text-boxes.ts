import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { JSDOM } from "jsdom";

/**
 * Boxes of every piece of text in a standalone SVG, measured by resvg with the same Source Sans 3
 * files the build renders PNGs with (src/lib/cards/png.ts): each <text> is laid out alone (every
 * other text hidden, shapes removed) and resvg's bounding box of what it draws is the ink box of
 * that text in the card's coordinates, nested <svg> scaling and transforms included.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"].map((file) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${file}`),
);
const SHAPES = "rect, path, line, circle, ellipse, polygon, polyline, image, use";

export interface TextBox {
  text: string;
  className: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function textBoxes(svg: string): TextBox[] {
  const { window } = new JSDOM(svg, { contentType: "image/svg+xml" });
  const doc = window.document;
  for (const shape of doc.querySelectorAll(SHAPES)) shape.remove();
  // A halo (Plot's white stroke behind labels) is not text; only the glyphs count.
  for (const element of doc.querySelectorAll("*")) element.removeAttribute("stroke");
  const texts = [...doc.querySelectorAll("text")];
  const serializer = new window.XMLSerializer();
  const boxes: TextBox[] = [];
  texts.forEach((text, index) => {
    if (!text.textContent?.trim()) return;
    texts.forEach((other, j) => (j === index ? other.removeAttribute("display") : other.setAttribute("display", "none")));
    const box = new Resvg(serializer.serializeToString(doc), { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Source Sans 3" } }).getBBox();
    if (!box) return;
    boxes.push({ text: text.textContent.trim(), className: text.getAttribute("class") ?? "", x: box.x, y: box.y, width: box.width, height: box.height });
  });
  window.close();
  return boxes;
}

/** Pairs of boxes that overlap by more than `tolerancePx` both ways. */
export function overlaps(boxes: readonly TextBox[], tolerancePx = 0.5): Array<[TextBox, TextBox]> {
  const found: Array<[TextBox, TextBox]> = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as TextBox;
      const b = boxes[j] as TextBox;
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > tolerancePx && down > tolerancePx) found.push([a, b]);
    }
  }
  return found;
}
