import type { Page } from "@playwright/test";

/** Pages every browser test visits: one of each kind built so far. */
export const PAGES = ["/", "/charts/", "/charts/asylum-requests-by-year/", "/embed/asylum-requests-by-year/", "/sources/", "/data/", "/methodology/", "/404.html"];

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
