import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));
const alias = { "~": fileURLToPath(new URL("../src", import.meta.url)) };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: [
      // Unit, data and chart tests: need nothing built.
      // A first cold import of jsdom or a full chart render takes seconds on a busy 2-core machine.
      { resolve: { alias }, test: { name: "unit", root, include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 20_000 } },
      // Build-output tests over dist/: run after `npm run build`.
      { resolve: { alias }, test: { name: "dist", root, include: ["tests/dist/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      // Tests that build the site from edited data (hostile strings, spreadsheet round trip) or drive
      // the dev server; each builds into a temporary folder of its own.
      { resolve: { alias }, test: { name: "build", root, include: ["tests/build/**/*.test.ts"], environment: "node", testTimeout: 300_000, hookTimeout: 300_000, fileParallelism: false } },
    ],
  },
});
