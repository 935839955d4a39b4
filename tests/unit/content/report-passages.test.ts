import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * What the five reports say that the site once left out (issue 16): each passage must be told in
 * its explainer, in both languages, in a paragraph that cites the report it comes from.
 */
interface Passage {
  what: string;
  explainer: string;
  report: string;
  /** Words that must all appear in one paragraph, with the citation. */
  en: string[];
  es: string[];
}

const RI = "ri-2020-new-way-forward";
const CONVERSATION = "conversation-2018-country-of-refuge";
const KBI = "kbi-2017-asylum-seekers";
const WOLA = "wola-2020-beyond-the-wall";
const HRW = "hrw-2021-abuses-us-border";

const PASSAGES: Passage[] = [
  { what: "La Burbuja: refusals at Mexico City's airport", explainer: "locked-up", report: RI, en: ["La Burbuja", "airport", "rechazo"], es: ["La Burbuja", "aeropuerto", "rechazo"] },
  { what: "La Burbuja: court orders that arrive too late", explainer: "locked-up", report: RI, en: ["La Burbuja", "judge", "before it arrived"], es: ["La Burbuja", "juez", "antes de que la orden llegara"] },
  { what: "xenophobia and political will", explainer: "what-would-fix-it", report: RI, en: ["xenophobia", "political will"], es: ["xenofobia", "voluntad política"] },
  { what: "the 1948 debate: who argued what", explainer: "from-corridor-to-destination", report: CONVERSATION, en: ["1948", "Campos Ortiz", "Lebanese", "granted"], es: ["1948", "Campos Ortiz", "Líbano", "recibirlo"] },
  { what: "the 2018 presidential candidates", explainer: "pressure-from-the-north", report: CONVERSATION, en: ["López Obrador", "Anaya", "Meade", "Rodríguez"], es: ["López Obrador", "Anaya", "Meade", "Rodríguez"] },
  { what: "KBI's obstacles: screening, misinformation, rushed decisions", explainer: "an-agency-stretched-thin", report: KBI, en: ["screening", "misinformation", "rushed"], es: ["evaluación adecuada", "información falsa", "a las carreras"] },
  { what: "gangs working with cartels", explainer: "waiting-in-danger", report: KBI, en: ["gangs", "cartels"], es: ["pandillas", "cárteles"] },
  { what: "KBI's call for more monitoring", explainer: "what-would-fix-it", report: KBI, en: ["monitoring"], es: ["vigilar mucho más de cerca"] },
  { what: "WOLA's National Guard deployment", explainer: "pressure-from-the-north", report: WOLA, en: ["national-guard-south", "Guard"], es: ["national-guard-south", "Guardia"] },
  { what: "La 72: victims of crime and of kidnapping", explainer: "waiting-in-danger", report: WOLA, en: ["La 72", "crime-victims-attended", "victims of crime", "36 victims of violent kidnappings"], es: ["La 72", "crime-victims-attended", "víctimas de delitos", "36 víctimas de secuestros"] },
  { what: "why people fled Venezuela", explainer: "waiting-in-danger", report: HRW, en: ["Jonathan", "Mayra", "persecution"], es: ["Jonathan", "Mayra", "persecución"] },
  { what: "health-care figures", explainer: "rights-on-paper", report: HRW, en: ["Health Secretariat", "medical-attention-foreigners"], es: ["Secretaría de Salud", "medical-attention-foreigners"] },
];

const paragraphs = (lang: string, explainer: string) => readFileSync(`content/explainers/${lang}/${explainer}.mdx`, "utf8").split(/\n\s*\n/);

describe("report passages", () => {
  for (const passage of PASSAGES) {
    for (const lang of ["en", "es"] as const) {
      it(`${lang}/${passage.explainer}: ${passage.what}, cited to ${passage.report}`, () => {
        const words = passage[lang];
        const found = paragraphs(lang, passage.explainer).filter((p) => words.every((w) => p.includes(w)));
        expect(found.length, `no paragraph holds all of ${JSON.stringify(words)}`).toBeGreaterThan(0);
        expect(
          found.some((p) => p.includes(`<Cite id="${passage.report}"`)),
          `the paragraph does not cite ${passage.report}`,
        ).toBe(true);
      });
    }
  }

  it("KBI's call for more monitoring is a row of the recommendations dataset", () => {
    const rows = readFileSync("data/recommendations.csv", "utf8").split("\n").filter((l) => l.startsWith("kbi-"));
    expect(rows.some((r) => r.includes(KBI) && /monitor/i.test(r))).toBe(true);
  });
});

describe("quotes", () => {
  const all = ["an-agency-stretched-thin", "from-corridor-to-destination", "locked-up", "pressure-from-the-north", "rights-on-paper", "waiting-in-danger", "what-would-fix-it"];
  for (const explainer of all) {
    for (const lang of ["en", "es"] as const) {
      const text = readFileSync(`content/explainers/${lang}/${explainer}.mdx`, "utf8");
      if (!text.includes(`<Quote by=`) || !text.includes(`report="${HRW}"`)) continue;
      it(`${lang}/${explainer}: says once that Human Rights Watch's names are pseudonyms`, () => {
        const word = lang === "en" ? /pseudonym/g : /seudónimo/g;
        expect(text.match(word)?.length ?? 0).toBe(1);
      });
    }
  }
});
