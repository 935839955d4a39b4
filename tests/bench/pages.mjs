// What the benchmark measures: one page of each kind that shows a chart, with the target of issue 14
// (first chart paint as a multiple of the limit page, and how many times faster than the peer), and
// the page kinds Lighthouse visits in both languages.

/** The chart the peer page redraws client-side: the site's featured chart, from its own CSV download. */
export const PEER_CHART = { csv: "/charts/asylum-requests-by-year/data.csv", x: "year", y: "value", title: "Asylum requests in Mexico, by year" };

/**
 * @typedef {{ name: string, path: string, maxTimesLimit?: number, minTimesFasterThanPeer?: number }} BenchPage
 * @type {BenchPage[]}
 */
export const PAINT_PAGES = [
  { name: "chart page", path: "/charts/asylum-requests-by-year/", maxTimesLimit: 1.5, minTimesFasterThanPeer: 4 },
  { name: "embed", path: "/embed/asylum-requests-by-year/", maxTimesLimit: 1.5, minTimesFasterThanPeer: 4 },
  { name: "explainer", path: "/explainers/an-agency-stretched-thin/", maxTimesLimit: 2 },
  { name: "/map/", path: "/map/", maxTimesLimit: 2 },
  { name: "/timeline/", path: "/timeline/", maxTimesLimit: 2 },
  { name: "/charts/", path: "/charts/", maxTimesLimit: 2 },
  { name: "/", path: "/" },
];

/** Every kind of page the site builds, English paths (the Spanish twin is /es/ + the same path). */
export const LIGHTHOUSE_PATHS = [
  "/",
  "/charts/",
  "/charts/asylum-requests-by-year/",
  "/charts/map-detention/",
  "/embed/asylum-requests-by-year/",
  "/embed/timeline/",
  "/explainers/",
  "/explainers/an-agency-stretched-thin/",
  "/map/",
  "/timeline/",
  "/figures/",
  "/figures/detention-over-capacity/",
  "/data/",
  "/sources/",
  "/methodology/",
  "/recommendations/",
  "/about/",
  "/search/",
];

/** Embeds are deliberately noindex: their SEO score is not a target (issue 14). */
export const SEO_EXEMPT = (/** @type {string} */ path) => /^\/(es\/)?embed\//.test(path);
