/** The only components explainers (MDX) may use. */
export { default as Stat } from "./Stat.astro";
export { default as Cite } from "./Cite.astro";
export { default as Quote } from "./Quote.astro";
export { default as Note } from "./Note.astro";
export { default as KeyFigures } from "./KeyFigures.astro";
export { default as KeyFigure } from "./KeyFigure.astro";
export { default as Chart } from "../charts/Chart.astro";
