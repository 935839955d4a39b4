import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests against the built site (`npm run build` first), served by `astro preview`.
 * They drive Debian's Chromium: /usr/bin/chromium, or the browser named by CHROME_PATH.
 * Playwright's own browser download is never used (this network cannot reach it).
 */
const PORT = Number(process.env["E2E_PORT"] ?? 4329);
const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  testDir: "e2e",
  outputDir: "../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // axe over the largest pages (sources, timeline, methodology) in two colour schemes takes
  // 15–30 s on a 2-core machine; a minute leaves room without hiding a hang.
  timeout: 60_000,
  reporter: process.env["CI"] ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env["CHROME_PATH"] ?? "/usr/bin/chromium",
      // Without these, Chromium keeps trying to reach Google's services on a closed network.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: {
    command: `npm run preview -- --port ${PORT} --host 127.0.0.1`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
