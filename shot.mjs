import { chromium } from "@playwright/test";
const [, , path, width = "1280", scheme = "light", js = "on", out] = process.argv;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme, javaScriptEnabled: js === "on" });
const page = await context.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text()));
await page.goto(`http://127.0.0.1:4321${path}`);
await page.screenshot({ path: out, fullPage: process.env.FULL !== "0" });
await browser.close();
