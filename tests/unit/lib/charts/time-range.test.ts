import * as Plot from "@observablehq/plot";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderPlot } from "~/lib/charts/render";
import { translateX } from "~/lib/charts/time-axis";
import { csvForYears, csvLines, jsonForYears } from "~/scripts/range-downloads";
import { applyTimeRange, rangeLabel } from "~/scripts/chart-time";
import { formatCompact } from "~/lib/format";

const YEARS = [2013, 2014, 2015, 2016, 2017];
const rows = YEARS.map((year, index) => ({ year, value: 10 + index }));

/** A yearly bar chart as the build renders it, in a figure of a browser-like document. */
function figureWithChart(domain: readonly number[] = YEARS): HTMLElement {
  const shown = rows.filter((row) => domain.includes(row.year));
  const svg = renderPlot(
    { width: 600, height: 300, x: { type: "band", domain: [...domain], padding: 0.2 }, marks: [Plot.barY(shown, { x: "year", y: "value" }), Plot.ruleX([2014].filter((year) => domain.includes(year))), Plot.ruleY([0])] },
    { ariaLabel: "test", timeAxis: true },
  );
  const { document } = new JSDOM(`<figure><div class="chart-svg">${svg}</div><table><tbody>${YEARS.map((year) => `<tr data-year="${year}"><td>${year}</td></tr>`).join("")}</tbody></table></figure>`).window;
  return document.querySelector("figure") as HTMLElement;
}

const bar = (figure: HTMLElement, year: number) => figure.querySelector<SVGRectElement>(`[data-plot="bar"] rect[data-year="${year}"]`) as SVGRectElement;
const x = (element: Element, name = "x") => Number(element.getAttribute(name));

describe("time range derived from the server-rendered SVG", () => {
  it("tags every bar, tick and label with its year, and never the y axis", () => {
    const figure = figureWithChart();
    for (const year of YEARS) expect(bar(figure, year)).not.toBeNull();
    const ticks = [...figure.querySelectorAll('[data-plot="x-axis tick label"] text')];
    expect(ticks.map((tick) => tick.getAttribute("data-year"))).toEqual(YEARS.map(String));
    expect(figure.querySelectorAll('[data-plot^="y-"] [data-year]').length).toBe(0);
    expect(figure.querySelector('[data-plot="rule"] line[data-year]')?.getAttribute("data-year")).toBe("2014");
  });

  it("hides the years outside the range and spreads the rest over the plot width", () => {
    const figure = figureWithChart();
    // What Plot itself draws for those years alone (it rounds bands to whole pixels, hence a few px).
    const drawn = figureWithChart([2015, 2016, 2017]);
    const width = x(bar(figure, 2013), "width");
    expect(applyTimeRange(figure, "2015..2017", { min: 2013, max: 2017 })).toEqual([2015, 2017]);
    for (const year of [2013, 2014]) expect(bar(figure, year).style.display).toBe("none");
    for (const year of [2015, 2016, 2017]) {
      expect(bar(figure, year).style.display).toBe("");
      expect(Math.abs(x(bar(figure, year)) - x(bar(drawn, year)))).toBeLessThan(3);
      expect(Math.abs(x(bar(figure, year), "width") - x(bar(drawn, year), "width"))).toBeLessThan(3);
    }
    expect(x(bar(figure, 2016), "width")).toBeGreaterThan(width * 1.5);
    // Tick labels move with their bars (centre to centre) but keep their size: no scaling.
    applyTimeRange(figure, "2016..2017", { min: 2013, max: 2017 });
    const tick = figure.querySelector('[data-plot="x-axis tick label"] text[data-year="2016"]') as Element;
    const offset = Number(tick.getAttribute("data-x-offset") ?? 0);
    expect((translateX(tick.getAttribute("transform")) ?? NaN) + offset).toBeCloseTo(x(bar(figure, 2016)) + x(bar(figure, 2016), "width") / 2, 0);
    expect(tick.getAttribute("transform")).not.toContain("scale");
    expect([...figure.querySelectorAll<HTMLTableRowElement>("tr[data-year]")].map((row) => row.hidden)).toEqual([true, true, true, false, false]);
  });

  it("goes back to the drawing as built for every year, whatever ranges came before", () => {
    const figure = figureWithChart();
    const before = bar(figure, 2015).outerHTML;
    applyTimeRange(figure, "2014..2015", { min: 2013, max: 2017 });
    applyTimeRange(figure, "2017..2017", { min: 2013, max: 2017 });
    applyTimeRange(figure, "", { min: 2013, max: 2017 });
    expect(bar(figure, 2015).getAttribute("x")).toBe(new JSDOM(before).window.document.querySelector("rect")?.getAttribute("x"));
    expect(applyTimeRange(figure, "<script>", { min: 2013, max: 2017 })).toEqual([2013, 2017]);
    expect([...figure.querySelectorAll<HTMLTableRowElement>("tr[data-year]")].every((row) => !row.hidden)).toBe(true);
  });

  it("labels a range for titles: 2019–2025, one year alone, nothing for every year or junk", () => {
    expect(rangeLabel("2019..2025")).toBe("2019–2025");
    expect(rangeLabel("2020..2020")).toBe("2020");
    expect(rangeLabel("")).toBe("");
    expect(rangeLabel("<b>..</b>")).toBe("");
  });
});

describe("downloads of the years shown", () => {
  const csv = 'year,value,note\n2013,1,"a, quoted\nnote"\n2014,2,\n2015,3,"say ""hi"""\n';
  it("splits CSV rows without breaking quoted fields", () => {
    expect(csvLines(csv)).toHaveLength(4);
  });
  it("keeps the header and the rows of the range, by position", () => {
    expect(csvForYears(csv, [2013, 2014, 2015], 2014, 2015)).toBe('year,value,note\n2014,2,\n2015,3,"say ""hi"""\n');
    expect(csvForYears(csv, [2013, 2014, 2015], 2013, 2013)).toBe('year,value,note\n2013,1,"a, quoted\nnote"\n');
  });
  it("filters the JSON's data and says the years it covers", () => {
    const json = JSON.stringify({ chart: "x", data: [{ year: 2013 }, { year: 2014 }, { year: 2015 }] });
    const out = JSON.parse(jsonForYears(json, [2013, 2014, 2015], 2014, 2014)) as { chart: string; years: unknown; data: unknown[] };
    expect(out).toEqual({ chart: "x", years: { from: 2014, to: 2014 }, data: [{ year: 2014 }] });
  });
});

describe("time range on a UTC time axis (monthly and dated series)", () => {
  const months = Array.from({ length: 48 }, (_, i) => ({ when: new Date(Date.UTC(2013, i, 15)), value: 10 + (i % 12) }));
  const bands = [
    { start: new Date(Date.UTC(2013, 0, 1)), end: new Date(Date.UTC(2014, 6, 1)), value: 5 },
    { start: new Date(Date.UTC(2016, 0, 1)), end: new Date(Date.UTC(2017, 0, 1)), value: 7 },
  ];
  const domain = (from: number, to: number) => [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to + 1, 0, 1))];
  /** A dated chart as the build renders it: a line, dots, bands spanning months, a rule. */
  function figureWithUtc(x: Date[] = domain(2013, 2016)): HTMLElement {
    const svg = renderPlot(
      {
        width: 600,
        height: 300,
        x: { type: "utc", domain: x },
        y: { domain: [0, 25] },
        marks: [Plot.rectY(bands, { x1: "start", x2: "end", y: "value" }), Plot.lineY(months, { x: "when", y: "value" }), Plot.dot(months, { x: "when", y: "value" }), Plot.ruleY([0])],
      },
      { ariaLabel: "test", timeAxis: true },
    );
    const { document } = new JSDOM(`<figure><div class="chart-svg">${svg}</div><table><tbody>${[2013, 2014, 2015, 2016].map((year) => `<tr data-year="${year}"><td>${year}</td></tr>`).join("")}</tbody></table></figure>`).window;
    return document.querySelector("figure") as HTMLElement;
  }
  const dots = (figure: HTMLElement) => [...figure.querySelectorAll<SVGCircleElement>('[data-plot="dot"] circle')];

  it("records the domain and plot edges, and tags marks on x but never the y axis", () => {
    const svg = figureWithUtc().querySelector("svg") as SVGSVGElement;
    expect(svg.dataset["timeScale"]).toBe("utc");
    expect(Number(svg.dataset["timeStart"])).toBe(Date.UTC(2013, 0, 1));
    expect(svg.querySelector('[data-plot="line"] path')?.getAttribute("data-t")).toBe("path");
    expect(svg.querySelector('[data-plot="rect"] rect')?.getAttribute("data-t")).toBe("span");
    expect(svg.querySelector('[data-plot="dot"] circle')?.getAttribute("data-t")).toBe("point");
    expect(svg.querySelectorAll('[data-plot^="y-"] [data-t]').length).toBe(0);
  });

  it("draws the years of a range where Plot itself would draw them", () => {
    const figure = figureWithUtc();
    const drawn = figureWithUtc(domain(2015, 2016));
    expect(applyTimeRange(figure, "2015..2016", { min: 2013, max: 2016 })).toEqual([2015, 2016]);
    const visible = dots(figure).filter((dot) => dot.style.display !== "none");
    expect(visible).toHaveLength(24);
    const expected = dots(drawn).filter((dot) => Number(dot.getAttribute("cx")) >= 0 && Number(dot.getAttribute("cx")) <= 600 && dot.style.display !== "none");
    // Plot draws out-of-domain points too (off the plot); keep the ones on its plot area.
    const plotted = expected.slice(-24);
    visible.forEach((dot, i) => expect(Math.abs(Number(dot.getAttribute("cx")) - Number(plotted[i]?.getAttribute("cx")))).toBeLessThan(1));
    // The band of 2013–mid 2014 is gone; the 2016 band fills the right half.
    const rects = [...figure.querySelectorAll<SVGRectElement>('[data-plot="rect"] rect')];
    expect(rects[0]?.style.display).toBe("none");
    const drawnRect = drawn.querySelectorAll<SVGRectElement>('[data-plot="rect"] rect')[1] as SVGRectElement;
    expect(Math.abs(Number(rects[1]?.getAttribute("x")) - Number(drawnRect.getAttribute("x")))).toBeLessThan(1);
    expect(Math.abs(Number(rects[1]?.getAttribute("width")) - Number(drawnRect.getAttribute("width")))).toBeLessThan(1);
    // The line starts at the window's left edge, not before it, and the table shows 2015–2016.
    const d = figure.querySelector('[data-plot="line"] path')?.getAttribute("d") ?? "";
    const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((match) => Number(match[1]));
    const svg = figure.querySelector("svg") as SVGSVGElement;
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(Number(svg.dataset["timeLeft"]) - 0.01);
    expect(Math.max(...xs)).toBeLessThanOrEqual(Number(svg.dataset["timeRight"]) + 0.01);
    expect([...figure.querySelectorAll<HTMLTableRowElement>("tr[data-year]")].map((row) => row.hidden)).toEqual([true, true, false, false]);
  });

  it("goes back to the drawing as built for every year", () => {
    const figure = figureWithUtc();
    const before = figure.querySelector("svg")?.outerHTML;
    applyTimeRange(figure, "2014..2014", { min: 2013, max: 2016 });
    applyTimeRange(figure, "", { min: 2013, max: 2016 });
    const after = figure.querySelector("svg") as SVGSVGElement;
    expect(after.querySelector('[data-plot="line"] path')?.getAttribute("d")).toBe(new JSDOM(before ?? "").window.document.querySelector('[data-plot="line"] path')?.getAttribute("d"));
    expect(dots(figure).every((dot) => dot.style.display === "")).toBe(true);
  });
});

describe("y fitted to the years of a range", () => {
  const peaked = [100, 10, 12, 14, 11].map((value, index) => ({ year: 2013 + index, value }));
  function figureWithPeak(tickFormat: (v: number) => string = (v) => formatCompact("en", v)): HTMLElement {
    const svg = renderPlot(
      { width: 600, height: 300, x: { type: "band", domain: YEARS, padding: 0.2 }, y: { grid: true, tickFormat }, marks: [Plot.barY(peaked, { x: "year", y: "value", className: "mark-primary" }), Plot.text(peaked, { x: "year", y: "value", text: (d: { value: number }) => String(d.value), dy: -6, className: "mark-label" }), Plot.ruleY([0])] },
      { ariaLabel: "test", timeAxis: true },
    );
    const { document } = new JSDOM(`<figure><div class="chart-svg">${svg}</div></figure>`).window;
    return document.querySelector("figure") as HTMLElement;
  }
  const svgOf = (figure: HTMLElement) => figure.querySelector("svg") as SVGSVGElement;
  const barTop = (figure: HTMLElement, year: number) => Number(figure.querySelector(`[data-plot="bar"] rect[data-year="${year}"]`)?.getAttribute("y"));
  const labels = (figure: HTMLElement) => [...figure.querySelectorAll('[data-plot="y-axis tick label"] text')].map((text) => text.textContent);

  it("rescales bars, their labels and the axis when the peak is left out, and goes back for every year", () => {
    const figure = figureWithPeak();
    const svg = svgOf(figure);
    const [zero, top] = [Number(svg.dataset["yZero"]), Number(svg.dataset["yTop"])];
    const built = { bar: barTop(figure, 2016), labels: labels(figure) };
    applyTimeRange(figure, "2014..2017", { min: 2013, max: 2017 });
    // 14 is the highest shown: its bar now reaches most of the plot's height (it was 14% of it).
    expect((zero - barTop(figure, 2016)) / (zero - top)).toBeGreaterThan(0.75);
    expect(labels(figure).at(-1)).toMatch(/^1[4-6]$/);
    const label = figure.querySelector('[data-plot="text"] text[data-year="2016"]') as Element;
    const labelY = Number(/translate\([^,]+,([-\d.]+)\)/.exec(label.getAttribute("transform") ?? "")?.[1] ?? label.getAttribute("y"));
    // The label sits at its bar's top (its dy lifts it above), moved with the bar.
    expect(labelY).toBeCloseTo(barTop(figure, 2016), 1);
    applyTimeRange(figure, "", { min: 2013, max: 2017 });
    expect(barTop(figure, 2016)).toBeCloseTo(built.bar, 1);
    expect(labels(figure)).toEqual(built.labels);
  });

  it("keeps the scale of an axis that is not in compact counts (a share)", () => {
    const figure = figureWithPeak((v) => `${v}%`);
    const before = barTop(figure, 2016);
    applyTimeRange(figure, "2014..2017", { min: 2013, max: 2017 });
    expect(barTop(figure, 2016)).toBe(before);
  });
});
