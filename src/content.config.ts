import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { CHART_IDS } from "~/lib/charts/types";
import { loadSources } from "~/lib/data/sources";

const SEED_REPORTS = ["wola-2020-beyond-the-wall", "kbi-2017-asylum-seekers", "ri-2020-new-way-forward", "conversation-2018-country-of-refuge", "hrw-2021-abuses-us-border"] as const;

/**
 * Explainers: `content/explainers/<lang>/<id>.mdx`; the same <id> in `en/` and `es/` is one
 * translation pair. Every cited source must be in data/sources.csv.
 */
const explainers = defineCollection({
  loader: glob({ pattern: "**/[^_]*.mdx", base: "./content/explainers" }),
  schema: z.strictObject({
    title: z.string().min(5),
    /** One or two sentences for the index, search results and the meta description. */
    description: z.string().min(40).max(300),
    /** Position in the series (1–8): sets the order and previous/next. */
    order: z.number().int().min(1),
    /** ISO date first published. */
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /** The seed reports the explainer draws on. */
    reports: z.array(z.enum(SEED_REPORTS)).min(1),
    /** Every source cited with <Cite id>, in numbering order. */
    sources: z
      .array(z.string())
      .min(1)
      .refine((ids) => ids.every((id) => loadSources().has(id)), { message: "every source must be registered in data/sources.csv" })
      .refine((ids) => new Set(ids).size === ids.length, { message: "sources must not repeat" }),
    /** Charts shown or related. */
    charts: z.array(z.enum(CHART_IDS)).default([]),
  }),
});

export const collections = { explainers };
