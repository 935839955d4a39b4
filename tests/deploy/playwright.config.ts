import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

/**
 * The built site as Cloudflare Pages serves it: `wrangler pages dev dist` (Cloudflare's own local
 * emulator, which applies dist/_headers and its 404 rules), plus a host page on a second origin
 * that frames it. Run after `npm run build`: `npm run test:deploy`.
 */
const SITE_PORT = Number(process.env["DEPLOY_PORT"] ?? 8788);
const HOST_PORT = SITE_PORT + 1;
const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: "../../test-results/deploy",
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    browserName: "chromium",
    launchOptions: {
      executablePath: process.env["CHROME_PATH"] ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  webServer: [
    {
      // No network here: metrics off; the compatibility date is one the bundled workerd supports.
      command: `node_modules/.bin/node node_modules/wrangler/bin/wrangler.js pages dev dist --port ${SITE_PORT} --ip 127.0.0.1 --compatibility-date=2026-05-01`,
      cwd: root,
      env: { WRANGLER_SEND_METRICS: "false", CI: "true" },
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    { command: `node_modules/.bin/node tests/deploy/host-server.mjs ${HOST_PORT}`, cwd: root, url: `http://127.0.0.1:${HOST_PORT}/`, reuseExistingServer: false, timeout: 30_000 },
  ],
  metadata: { hostOrigin: `http://127.0.0.1:${HOST_PORT}` },
});
