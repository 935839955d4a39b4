import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyOfData, ROOT } from "./site-build";

/**
 * Edits seen at once in dev: `astro dev` over a copy of the data folder; a CSV value, a
 * metadata title and a registry publisher are changed while it runs, and the very next request
 * of each page that shows them must show the new text (no restart, no waiting for a cache).
 */
const PORT = Number(process.env["DEV_TEST_PORT"] ?? 4341);
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = copyOfData();
let server: ChildProcess | undefined;
let serverLog = "";

async function page(path: string): Promise<string> {
  const response = await fetch(`${BASE}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

function edit(file: string, find: string, replace: string): void {
  const path = join(dataDir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(find)) throw new Error(`"${find}" is not in ${file}`);
  writeFileSync(path, text.replace(find, replace));
}

beforeAll(async () => {
  server = spawn(join(ROOT, "node_modules/.bin/node"), [join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(PORT), "--host", "127.0.0.1", "--force"], {
    cwd: ROOT,
    // Without vitest's own variables (NODE_ENV=test, VITEST…), which change how Vite serves.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name))), REFUGIO_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  let exited = false;
  server.on("exit", () => (exited = true));
  for (let attempt = 0; attempt < 120 && !exited; attempt++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`astro dev did not start:\n${serverLog}`);
}, 120_000);

afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run dev shows data edits on the next request", () => {
  it("a CSV value: the chart page and the home page", async () => {
    const bar = (value: string) => `2019: ${value} people applied`;
    for (const path of ["/charts/asylum-requests-by-year/", "/"]) expect(await page(path), path).toContain(bar("70,120"));
    edit("asylum-requests-by-year.csv", "2019,70120,", "2019,71234,");
    for (const path of ["/charts/asylum-requests-by-year/", "/"]) {
      const after = await page(path);
      expect(after.includes(bar("71,234")), path).toBe(true);
      expect(after.includes(bar("70,120")), path).toBe(false);
    }
  });

  it("a metadata title and a registry publisher", async () => {
    const meta = await page("/data/");
    expect(meta.includes("Edited in dev")).toBe(false);
    edit("comar-backlog.meta.json", '"en": "', '"en": "Edited in dev: ');
    expect((await page("/data/")).includes("Edited in dev")).toBe(true);

    edit("sources.csv", ",WOLA (Washington Office on Latin America),", ",WOLA edited in dev,");
    expect((await page("/sources/")).includes("WOLA edited in dev")).toBe(true);
  });

  it("a broken edit is reported with its rule, then fixed without a restart", async () => {
    edit("asylum-requests-by-year.csv", "2019,71234,", "2019,71.234,");
    const response = await fetch(`${BASE}/charts/asylum-requests-by-year/`);
    const body = await response.text();
    expect(response.status).toBe(500);
    expect(`${body}${serverLog}`).toContain("[locale-number]");
    edit("asylum-requests-by-year.csv", "2019,71.234,", "2019,72000,");
    expect((await page("/charts/asylum-requests-by-year/")).includes("2019: 72,000 people applied")).toBe(true);
  });
});
