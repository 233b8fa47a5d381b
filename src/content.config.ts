/** The site's content collections: one line each, their schemas live in src/schemas/. */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { sources } from "./lib/data/index.ts";
import { timelineEventSchema } from "./schemas/timeline.ts";
import { feedbackConfigSchema } from "./schemas/feedback.ts";
import { feedbackConfigPath } from "./lib/consultation/config-path.ts";

export const collections = {
  timeline: defineCollection({ loader: glob({ pattern: "*.yaml", base: "./content/timeline" }), schema: timelineEventSchema(new Set(sources().map((s) => s.id))) }),
  feedback: defineCollection({ loader: file(`./${feedbackConfigPath()}`), schema: feedbackConfigSchema }),
};
