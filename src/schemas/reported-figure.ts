/** A figure as a source states it (seed, minutes, press), content/reported-figures.yaml. */
import { z } from "astro/zod";

export const reportedFigureSchema = z.object({
  /** The key prose uses: {{<id>}}. */
  id: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/, "dotted lower-case key, e.g. seed.looked-after"),
  /** The machine-readable value. */
  value: z.number(),
  /** How it reads, as the source puts it ("around 820", "10 per cent"). */
  text: z.string().min(1),
  /** Id in data/sources.csv. */
  sourceId: z.string(),
  confidence: z.enum(["read", "calc", "press", "unverified"]),
  note: z.string().nullable().default(null),
});
export type ReportedFigureData = z.infer<typeof reportedFigureSchema>;
