/** Content collections: one line each; every schema lives in src/schemas/. */
import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { pageSchema } from "./schemas/page.ts";
import { proposalSectionSchema } from "./schemas/proposal-section.ts";
import { meetingSchema } from "./schemas/meeting.ts";
import { questionSchema } from "./schemas/question.ts";
import { claimSchema } from "./schemas/claim.ts";
import { reportedFigureSchema } from "./schemas/reported-figure.ts";
import { correctionSchema } from "./schemas/correction.ts";
import { milestoneSchema } from "./schemas/milestone.ts";

export const collections = {
  pages: defineCollection({ loader: glob({ pattern: "*.md", base: "content/pages" }), schema: pageSchema }),
  proposal: defineCollection({ loader: glob({ pattern: "*.md", base: "content/proposal" }), schema: proposalSectionSchema }),
  meetings: defineCollection({ loader: glob({ pattern: "*.yaml", base: "content/meetings" }), schema: meetingSchema }),
  questions: defineCollection({ loader: file("content/questions.yaml"), schema: questionSchema }),
  claims: defineCollection({ loader: file("content/claims.yaml"), schema: claimSchema }),
  figures: defineCollection({ loader: file("content/reported-figures.yaml"), schema: reportedFigureSchema }),
  milestones: defineCollection({ loader: file("content/milestones.yaml"), schema: milestoneSchema }),
  corrections: defineCollection({ loader: file("content/corrections.yaml"), schema: correctionSchema }),
};
