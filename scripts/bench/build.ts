/** Bench section: the time of a cold build of the repository, and how many pages it makes. */
import type { BenchSection } from "./index.ts";
import { benchSite, seconds } from "./bench-site.ts";

export const buildSection: BenchSection = {
  name: "Build",
  async run() {
    const { seconds: s, cpuSeconds, pages } = await benchSite();
    return [
      { section: "Build", metric: "cold build (caches cleared), wall time", value: seconds(s), target: "≤ 20 s" },
      { section: "Build", metric: "cold build, CPU time (user + system)", value: seconds(cpuSeconds) },
      { section: "Build", metric: "pages built", value: String(pages.length) },
    ];
  },
};
