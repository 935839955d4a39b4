import type { APIRoute } from "astro";

/** robots.txt with the sitemap at the deployed origin (SITE_URL); embeds are not indexed. */
export const GET: APIRoute = ({ site }) => {
  const origin = site ?? new URL("https://refugio.example");
  const body = ["User-agent: *", "Allow: /", "Disallow: /embed/", "Disallow: /es/embed/", "", `Sitemap: ${new URL("/sitemap-index.xml", origin).href}`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
