// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

// The public origin the site is deployed at; canonical URLs, feeds and social cards use it.
// Set SITE_URL when deploying anywhere else.
const site = process.env.SITE_URL ?? "https://refugio.example";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  // The sitemap lists every page but the embeds (they are not pages of their own).
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes("/embed/") })],
  i18n: {
    locales: ["en", "es"],
    defaultLocale: "en",
    routing: { prefixDefaultLocale: false },
  },
  build: { format: "directory" },
  // Tests build variants of the site (hostile data, spreadsheet-saved data) into folders of their own.
  outDir: process.env.REFUGIO_OUT_DIR ?? "./dist",
  devToolbar: { enabled: false },
  // Scripts go to files, never inline, so the site runs under `script-src 'self'` (public/_headers).
  vite: { build: { assetsInlineLimit: 0 } },
});
