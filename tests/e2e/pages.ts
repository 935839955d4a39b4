import type { Page } from "@playwright/test";
import { CHART_IDS } from "../../src/lib/charts/types";

/** Every page kind built so far, and every chart's page and embed. */
export const PAGES = ["/", "/charts/", "/map/", "/timeline/", "/embed/timeline/", "/figures/", "/figures/detention-over-capacity/", "/explainers/", "/explainers/from-corridor-to-destination/", "/explainers/waiting-in-danger/", "/recommendations/", "/about/", "/search/", "/es/", "/es/charts/asylum-requests-by-year/", "/es/map/", "/es/timeline/", "/es/explainers/locked-up/", "/es/explainers/where-the-road-ends/", "/es/sources/", "/es/embed/detention-overcrowding/", "/sources/", "/data/", "/methodology/", "/404.html", ...CHART_IDS.flatMap((id) => [`/charts/${id}/`, `/embed/${id}/`])];

/**
 * Records every request to another origin and every console error or page error, so a test
 * can assert there were none.
 */
export function watchPage(page: Page, origin: string): { foreignRequests: string[]; errors: string[] } {
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) foreignRequests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { foreignRequests, errors };
}
