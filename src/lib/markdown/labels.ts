/**
 * The explicit short list of identifiers that may appear in prose with digits in them.
 * They are names, not figures (an agenda item, a minute or report number, a financial
 * year, an age band), so they carry a data-label instead of a <data> value. The numerals
 * check accepts digits inside a data-label only when kind and text match an entry here.
 */
export interface Label {
  /** What sort of identifier it is; becomes the data-label attribute. */
  kind: "agenda-item" | "minute" | "report-number" | "financial-year" | "age-band" | "unit" | "standard" | "release" | "count-date";
  /** The text shown, exactly. */
  text: string;
}

export const labels: Readonly<Record<string, Label>> = {
  "item-7": { kind: "agenda-item", text: "item 7" },
  "minute-1065": { kind: "minute", text: "minute 1065" },
  "report-51": { kind: "report-number", text: "Evaluation Report 51" },
  "fy-2014-15": { kind: "financial-year", text: "2014/15" },
  "fy-2017-18": { kind: "financial-year", text: "2017/18" },
  "fy-2018-19": { kind: "financial-year", text: "2018/19" },
  "ages-10-15": { kind: "age-band", text: "10 to 15" },
  "ages-11-16": { kind: "age-band", text: "11 to 16" },
  "ages-16-plus": { kind: "age-band", text: "16 and over" },
  "per-10000": { kind: "unit", text: "10,000" },
  "31-march": { kind: "count-date", text: "31 March" },
  "wcag": { kind: "standard", text: "WCAG 2.2" },
  "regulations": { kind: "standard", text: "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018" },
};

/**
 * True when an element with this data-label kind and text is on the short list. A
 * "release" label names a source's release exactly as data/sources.csv gives it (e.g.
 * "SFR41/2016"), so that file is its list; pass its release names.
 */
export function isListedLabel(kind: string, text: string, releases: readonly string[] = []): boolean {
  const t = text.trim();
  if (kind === "release") return releases.includes(t);
  return Object.values(labels).some((l) => l.kind === kind && l.text === t);
}
