/** A small figures registry for markdown tests, independent of the data files. */
import type { Figure, FigureRegistry } from "../../../src/lib/figures/types.ts";

const list: Figure[] = [
  { key: "homes.before", parts: [{ value: 6, text: "six" }], sourceIds: ["wcc-news"], confidence: "read", note: null },
  { key: "homes.after", parts: [{ value: 2, text: "two" }], sourceIds: ["wcc-news"], confidence: "read", note: null },
  { key: "money.saving", parts: [{ value: 500000, text: "£0.5m" }, { value: 1200000, text: "£1.2m" }], sourceIds: ["wcc-cabinet"], confidence: "read", note: null },
  { key: "count", parts: [{ value: 796, text: "796" }], sourceIds: ["dfe"], confidence: "read", note: null },
  {
    key: "revised",
    parts: [{ value: 64460, text: "64,460" }],
    sourceIds: ["dfe-ts"],
    confidence: "read",
    note: null,
    revision: { earlier: 64400, sourceId: "dfe-sfr27", release: "2010 release (SFR27/2010)", first: true },
  },
];

/** The fake registry. */
export const fakeFigures: FigureRegistry = {
  get: (key) => list.find((f) => f.key === key),
  keys: () => list.map((f) => f.key),
};
