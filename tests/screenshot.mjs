// Screenshot a page of the running site (npm run preview) in Debian's Chromium, to look at it
// as a reader would: node_modules/.bin/node tests/screenshot.mjs <path> [width] [light|dark] [on|off JS] <out.png>
// FULL=0 limits the shot to the first screen. Not part of the test suite.
import { chromium } from "@playwright/test";

const [, , path = "/", width = "1280", scheme = "light", js = "on", out = "screenshot.png"] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, javaScriptEnabled: js === "on" });
const page = await context.newPage();
page.on("console", (message) => console.log("console:", message.type(), message.text()));
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4321}${path}`);
await page.screenshot({ path: out, fullPage: process.env.FULL !== "0" });
await browser.close();
