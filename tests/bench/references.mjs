// The two reference pages the benchmark builds from the site's own data, so that every figure is
// read side by side with what is possible (the limit) and what a typical client-side site does (the peer).

const HEAD = (/** @type {string} */ title) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>`;

/**
 * The limit: a bare HTML page holding only the SVG the benchmark found painted first on a page of
 * the site (no stylesheet, no script, no font). Nothing that shows that SVG can be faster.
 * @param {string} svg the SVG's markup, as the browser serialised it
 */
export function limitPage(svg) {
  return `${HEAD("Limit")}<body>${svg}</body></html>`;
}

/**
 * The peer: the way a typical D3 / Observable Plot site draws the same chart. It loads d3 and Plot
 * (served from node_modules by the benchmark's server, the same origin, gzip), fetches the chart's
 * CSV and draws it in the browser. Scripts at the end of the body: nothing blocks the first paint.
 * @param {{ csv: string, x: string, y: string, title: string }} chart
 */
export function peerPage({ csv, x, y, title }) {
  const draw = `
d3.csv(${JSON.stringify(csv)}, d3.autoType).then((rows) => {
  const width = Math.min(document.getElementById("chart").clientWidth, 720);
  document.getElementById("chart").append(Plot.plot({
    width, height: 260, marginLeft: 56, x: { label: null, tickFormat: "d" }, y: { grid: true, label: null },
    marks: [Plot.barY(rows, { x: ${JSON.stringify(x)}, y: ${JSON.stringify(y)}, fill: "steelblue", tip: true }), Plot.ruleY([0])],
  }));
});`;
  return `${HEAD("Peer")}<body><h1 style="font:700 1.25rem system-ui">${title}</h1><div id="chart"></div>
<script src="/__bench/vendor/d3.min.js"></script><script src="/__bench/vendor/plot.umd.min.js"></script><script>${draw}</script></body></html>`;
}
