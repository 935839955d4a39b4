// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { resolve } from "node:path";

// The public origin the site is deployed at; canonical URLs, feeds and social cards use it.
// Set SITE_URL when deploying anywhere else.
const site = process.env.SITE_URL ?? "https://refugio.example";

/**
 * `npm run dev`: the CSVs and metadata are read with fs, outside Vite's module graph, so Vite
 * would not notice an edit. Watch the data folder and reload open pages when a file changes;
 * the data layer's caches are keyed by file stamps, so the reload renders the new values.
 */
const dataFolder = resolve(process.env.REFUGIO_DATA_DIR ?? "data");
/** @type {import("astro").AstroIntegration} */
const reloadOnDataEdits = {
  name: "refugio:reload-on-data-edits",
  hooks: {
    "astro:server:setup": ({ server }) => {
      server.watcher.add(dataFolder);
      const reload = (/** @type {string} */ path) => {
        if (path.startsWith(dataFolder)) server.ws.send({ type: "full-reload", path: "*" });
      };
      server.watcher.on("change", reload);
      server.watcher.on("add", reload);
      server.watcher.on("unlink", reload);
    },
  },
};

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // The sitemap lists every page but the embeds (they are not pages of their own).
  integrations: [reloadOnDataEdits, mdx(), sitemap({ filter: (page) => !page.includes("/embed/") })],
  i18n: {
    locales: ["en", "es"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  // Pages render two at a time: PNG rasterising runs off the main thread (src/lib/cards/png.ts).
  build: { format: "directory", concurrency: 2 },
  // Tests build variants of the site (hostile data, spreadsheet-saved data) into folders of their own.
  outDir: process.env.REFUGIO_OUT_DIR ?? "./dist",
  devToolbar: { enabled: false },
  // Scripts go to files, never inline, so the site runs under `script-src 'self'` (public/_headers).
  vite: { build: { assetsInlineLimit: 0 } },
});
