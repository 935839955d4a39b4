import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** An explainer cannot say it was published or updated on a day that has not come yet. */
describe("explainer dates", () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const lang of ["en", "es"]) {
    for (const file of readdirSync(`content/explainers/${lang}`).filter((f) => f.endsWith(".mdx"))) {
      it(`${lang}/${file}: published and updated are real days, not in the future, updated not before published`, () => {
        const front = readFileSync(`content/explainers/${lang}/${file}`, "utf8").split("---")[1] ?? "";
        const published = /^published: "(\d{4}-\d{2}-\d{2})"/m.exec(front)?.[1];
        const updated = /^updated: "(\d{4}-\d{2}-\d{2})"/m.exec(front)?.[1];
        expect(published, "published date").toBeDefined();
        expect(published! <= today, `published ${published} is after today (${today})`).toBe(true);
        if (updated) {
          expect(updated <= today, `updated ${updated} is after today (${today})`).toBe(true);
          expect(updated >= published!, `updated ${updated} is before published ${published}`).toBe(true);
        }
      });
    }
  }
});
