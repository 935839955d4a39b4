/**
 * Colours for chart SVGs outside the site (downloads, social cards): the light theme of
 * src/styles/charts.css written as plain values, since a standalone SVG has no CSS variables.
 * Keep in step with charts.css and tokens.css when colours change.
 */
export const STANDALONE_CHART_CSS = [
  "svg{color:#1c1f24}",
  ".mark-primary,.mark-partial{color:#1d5c8f}",
  '[data-plot="y-grid"]{color:#c9c4b8}',
  ".mark-label,.mark-row-label,.mark-event-label,.mark-capacity{color:#1c1f24}",
  ".mark-event,.mark-missing{color:#4f5661}",
  ".mark-series rect{stroke:#fbfaf7;stroke-width:0.75px}",
  ".map-neighbour,.map-neighbour path{color:#f1eee7;fill:#f1eee7}",
  ".map-states{color:#d6d1c6}",
  ".map-states path{stroke:#4f5661;stroke-width:0.6px}",
  ".map-plain path{fill:#d8e6f2}",
  ".map-detention circle{stroke:#fbfaf7;stroke-width:1.5px}",
  // Series outside the default set of an explorer chart (src/lib/charts/series-explorer.ts); rings filled with the card's background.
  ".series-off{display:none}",
  ".series-label text{font-weight:600}",
  ".series-hollow circle{fill:#fbfaf7}",
].join("");

export const CARD_COLORS = { background: "#fbfaf7", text: "#1c1f24", muted: "#4f5661", accent: "#1d5c8f", rule: "#d6d1c6" } as const;

/**
 * States without a figure: the page hatches them with a pattern that lives outside the chart's
 * SVG; standalone they are the plain state colour of `.map-states` above (as resvg draws them).
 */
export const NO_DATA_FILL = "#d6d1c6";
