/** Content collections: one line each; every schema lives in src/schemas/. */
import { defineCollection } from "astro:content";
import { existsSync } from "node:fs";
import { file, glob, type Loader } from "astro/loaders";
import { sources } from "./lib/data/index.ts";
import { pageSchema } from "./schemas/page.ts";
import { proposalSectionSchema } from "./schemas/proposal-section.ts";
import { meetingSchema } from "./schemas/meeting.ts";
import { questionSchema } from "./schemas/question.ts";
import { claimSchema } from "./schemas/claim.ts";
import { claimChecksFor } from "./lib/claims/checks.ts";
import { reportedFigureSchema } from "./schemas/reported-figure.ts";
import { correctionSchema } from "./schemas/correction.ts";
import { timelineEventSchema } from "./schemas/timeline.ts";
import { feedbackConfigSchema } from "./schemas/feedback.ts";
import { contentDir } from "./lib/content/content-dir.ts";
import { feedbackConfigPath } from "./lib/consultation/config-path.ts";
import site from "virtual:site/config";

const dir = contentDir(site);

/**
 * Astro's loader where the site has the file or folder, else an empty collection: a site
 * may have no proposal sections, meetings, questions, claims or reported figures. Emptied
 * rather than left alone, so no entry of another site's build lingers in Astro's store.
 */
const optional = (path: string, loader: () => Loader): Loader => (existsSync(path) ? loader() : { name: "absent", load: async ({ store }) => store.clear() });

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: "*.md", base: `${dir}/pages` }), schema: pageSchema }),
  proposal: defineCollection({ loader: optional(`${dir}/proposal`, () => glob({ pattern: "*.md", base: `${dir}/proposal` })), schema: proposalSectionSchema }),
  meetings: defineCollection({ loader: optional(`${dir}/meetings`, () => glob({ pattern: "*.yaml", base: `${dir}/meetings` })), schema: meetingSchema }),
  questions: defineCollection({ loader: optional(`${dir}/questions.yaml`, () => file(`${dir}/questions.yaml`)), schema: questionSchema }),
  claims: defineCollection({ loader: optional(`${dir}/claims.yaml`, () => file(`${dir}/claims.yaml`)), schema: () => claimSchema(new Set(sources(site).map((s) => s.id)), claimChecksFor(site)) }),
  figures: defineCollection({ loader: optional(`${dir}/reported-figures.yaml`, () => file(`${dir}/reported-figures.yaml`)), schema: reportedFigureSchema }),
  corrections: defineCollection({ loader: file(`${dir}/corrections.yaml`), schema: correctionSchema }),
  timeline: defineCollection({ loader: glob({ pattern: "*.yaml", base: `${dir}/timeline` }), schema: () => timelineEventSchema(new Map(sources(site).map((s) => [s.id, s]))) }),
  feedback: defineCollection({ loader: file(`./${feedbackConfigPath(site)}`), schema: feedbackConfigSchema }),
};
