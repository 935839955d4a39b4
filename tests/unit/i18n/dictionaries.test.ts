import { describe, expect, it } from "vitest";
import { dictionary, localizePath, t } from "~/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI dictionaries", () => {
  const en = dictionary("en");
  const es = dictionary("es");

  it("have the same keys in English and Spanish", () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("have no empty strings and the same placeholders per key", () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(en[key].trim(), key).not.toBe("");
      expect(es[key].trim(), key).not.toBe("");
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("fills placeholders and refuses to leave one empty", () => {
    expect(t("en", "home.figure_label", { year: 2023 })).toBe("asylum requests to COMAR in 2023");
    expect(() => t("en", "home.figure_label")).toThrow(/year/);
  });

  it("prefixes Spanish paths only", () => {
    expect(localizePath("en", "/charts/")).toBe("/charts/");
    expect(localizePath("es", "/charts/")).toBe("/es/charts/");
  });
});
