import type { FilterList } from "./filter-list";
import { parsePeriod, type Period } from "~/lib/timeline/period";

/**
 * The drawn timeline, enhanced: dragging across it (or clicking one year) chooses the period the
 * list shows; the period links below it apply without a reload; marks whose entry the filters
 * hide are dimmed, and the chosen period is shaded. Works on the server-rendered SVG: the axis
 * geometry is in its data attributes, so no charting code is loaded.
 */
const SVG_NS = "http://www.w3.org/2000/svg";

interface Axis {
  x0: number;
  x1: number;
  first: number;
  last: number;
}

function axisOf(svg: SVGSVGElement): Axis | undefined {
  const [x0, x1, first, last] = ["x0", "x1", "first", "last"].map((key) => Number(svg.dataset[key]));
  if ([x0, x1, first, last].some((n) => n === undefined || !Number.isFinite(n)) || (x1 as number) <= (x0 as number)) return undefined;
  return { x0: x0 as number, x1: x1 as number, first: first as number, last: last as number };
}

const yearX = (axis: Axis, year: number) => axis.x0 + ((year - axis.first) / (axis.last - axis.first + 1)) * (axis.x1 - axis.x0);

/** The year under a pointer, clamped to the axis. */
function yearAt(svg: SVGSVGElement, axis: Axis, clientX: number): number {
  const box = svg.getBoundingClientRect();
  const width = svg.viewBox.baseVal?.width || box.width;
  const x = ((clientX - box.left) * width) / (box.width || 1);
  const year = axis.first + Math.floor(((x - axis.x0) / (axis.x1 - axis.x0)) * (axis.last - axis.first + 1));
  return Math.min(axis.last, Math.max(axis.first, year));
}

export function enhanceDrawing(figure: HTMLElement, list: FilterList, listRoot: HTMLElement): { render: () => void } {
  const svgs = [...figure.querySelectorAll<SVGSVGElement>("svg.timeline-drawing-svg")];
  const axes = new Map(svgs.map((svg) => [svg, axisOf(svg)] as const));
  const someAxis = [...axes.values()].find((axis) => axis !== undefined);
  if (!someAxis) return { render: () => undefined };
  const { first, last } = someAxis;
  const current = (): Period => ({ from: Number(list.state["from"] ?? first), to: Number(list.state["to"] ?? last) });

  /** Shades `period` on every layout and dims marks whose entry is hidden. */
  const draw = (period: Period) => {
    for (const [svg, axis] of axes) {
      if (!axis) continue;
      let shade = svg.querySelector<SVGRectElement>("rect.timeline-range");
      if (!shade) {
        shade = document.createElementNS(SVG_NS, "rect");
        shade.setAttribute("class", "timeline-range");
        shade.setAttribute("y", "0");
        shade.setAttribute("height", String(svg.viewBox.baseVal?.height || 0));
        svg.insertBefore(shade, svg.querySelector("g"));
      }
      const whole = period.from === first && period.to === last;
      shade.style.display = whole ? "none" : "";
      shade.setAttribute("x", String(yearX(axis, period.from)));
      shade.setAttribute("width", String(yearX(axis, period.to + 1) - yearX(axis, period.from)));
    }
    for (const link of figure.querySelectorAll<SVGAElement>("a.timeline-link")) {
      const id = (link.getAttribute("href") ?? "").slice(1);
      const item = listRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
      link.classList.toggle("is-out", item?.hidden === true);
    }
    for (const link of figure.querySelectorAll<HTMLAnchorElement>("a[data-period]")) {
      const own = parsePeriod(new URL(link.href).search, first, last).period;
      if (own.from === period.from && own.to === period.to && link.hasAttribute("data-preset")) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    }
  };
  const render = () => draw(current());
  const choose = (period: Period) => {
    list.state["from"] = String(period.from);
    list.state["to"] = String(period.to);
    list.apply();
    list.write();
    render();
  };

  // Period and year links: applied in place (they still work as plain links without JavaScript).
  for (const link of figure.querySelectorAll<HTMLAnchorElement>("a[data-period]")) {
    link.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      choose(parsePeriod(new URL(link.href).search, first, last).period);
      const target = document.getElementById(new URL(link.href).hash.slice(1));
      if (target && !link.hasAttribute("data-preset")) target.scrollIntoView({ block: "start" });
    });
  }

  // Brushing: a drag across the drawing chooses the years it covers; a click, that one year.
  for (const [svg, axis] of axes) {
    if (!axis) continue;
    svg.classList.add("is-brushable");
    let start: number | undefined;
    let end = 0;
    const span = (): Period => ({ from: Math.min(start ?? end, end), to: Math.max(start ?? end, end) });
    svg.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || (event.target as Element).closest("a")) return; // a mark is a link
      start = end = yearAt(svg, axis, event.clientX);
      svg.setPointerCapture(event.pointerId);
      draw(span());
    });
    svg.addEventListener("pointermove", (event) => {
      if (start === undefined) return;
      end = yearAt(svg, axis, event.clientX);
      draw(span());
    });
    svg.addEventListener("pointerup", () => {
      if (start === undefined) return;
      const period = span();
      start = undefined;
      choose(period);
    });
    svg.addEventListener("pointercancel", () => {
      start = undefined;
      render();
    });
  }
  for (const hint of figure.querySelectorAll<HTMLElement>("[data-brush-hint]")) hint.hidden = false;
  render();
  return { render };
}
