/**
 * `npm run bench`: measures the site and prints one table from one run. Each section
 * lives in its own module here and returns rows; add a section to the list below.
 * Figures are for comparing within one run (these machines are noisy), never for tests.
 */
import type { SiteConfig } from "../../src/config/config.ts";

export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  /** The target, where there is one, e.g. "≤ 0.1". */
  target?: string;
}

export interface BenchSection {
  name: string;
  /** Runs the section for the site whose configuration scripts/bench.ts built. */
  run(config: SiteConfig): Promise<BenchRow[]>;
}

// Imported after the types above are declared: the section modules import them back.
import { buildSection } from "./build.ts";
import { bytesSection } from "./bytes.ts";
import { lighthouseSection } from "./lighthouse.ts";
import { jsRatio } from "./js-ratio.ts";
import { scaleSection } from "./scale.ts";
import { data } from "./data.ts";
import { timelineBench } from "./timeline.ts";
import { storyPages } from "./story-pages.ts";
import { embedBench } from "./embed.ts";

export const sections: BenchSection[] = [buildSection, bytesSection, lighthouseSection, jsRatio, scaleSection, data, timelineBench, storyPages, embedBench];
