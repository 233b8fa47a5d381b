/**
 * `npm run bench`: measures the site and prints one table from one run. Each section
 * lives in its own module here and returns rows; add a section to the list below.
 * Figures are for comparing within one run (these machines are noisy), never for tests.
 */
import { embedBench } from "./embed.ts";

export interface BenchRow {
  section: string;
  metric: string;
  value: string;
  /** The target, where there is one, e.g. "≤ 0.1". */
  target?: string;
}

export interface BenchSection {
  name: string;
  run(): Promise<BenchRow[]>;
}

export const sections: BenchSection[] = [embedBench];
