/**
 * Bench section: what each built page loads at start, gzipped (the same count as the
 * budget gate, scripts/quality/budgets.ts).
 */
import type { BenchSection } from "./index.ts";
import { benchSite, kb } from "./bench-site.ts";
import { BUDGET, siteBytes } from "../quality/budgets.ts";

export const bytesSection: BenchSection = {
  name: "Bytes",
  async run(config) {
    const { outDir } = await benchSite();
    const target = `JS ≤ ${kb(BUDGET.js)}, all ≤ ${kb(BUDGET.total)}`;
    return (await siteBytes(outDir, config.publicUrl.origin)).map((b) => ({
      section: "Bytes",
      metric: `${b.page} HTML / CSS / JS KB gzip (all)`,
      value: `${kb(b.html)} / ${kb(b.css)} / ${kb(b.js)} (${kb(b.total)})`,
      target,
    }));
  },
};
