import { describe, expect, it } from "vitest";
import { loadAsylumRequestsByYear } from "~/lib/data/datasets/asylum-requests-by-year";
describe("x", () => { it("loads", () => { const d = loadAsylumRequestsByYear(); console.log(d.rows.slice(0,2)); expect(d.rows.length).toBe(13); }); });
