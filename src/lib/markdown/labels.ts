/**
 * The explicit short list of identifiers that may appear in prose with digits in them.
 * They are names, not figures (an agenda item, a minute or report number, a financial
 * year, an age band), so they carry a data-label instead of a <data> value. The numerals
 * check accepts digits inside a data-label only when kind and text match an entry here.
 */
export interface Label {
  /** What sort of identifier it is; becomes the data-label attribute. */
  kind: "agenda-item" | "minute" | "report-number" | "financial-year" | "age-band" | "unit";
  /** The text shown, exactly. */
  text: string;
}

export const labels: Readonly<Record<string, Label>> = {
  "item-7": { kind: "agenda-item", text: "item 7" },
  "minute-1065": { kind: "minute", text: "minute 1065" },
  "report-51": { kind: "report-number", text: "Evaluation Report 51" },
  "fy-2017-18": { kind: "financial-year", text: "2017/18" },
  "fy-2018-19": { kind: "financial-year", text: "2018/19" },
  "ages-10-15": { kind: "age-band", text: "10 to 15" },
  "ages-11-16": { kind: "age-band", text: "11 to 16" },
  "ages-16-plus": { kind: "age-band", text: "16 and over" },
  "per-10000": { kind: "unit", text: "10,000" },
};

/** True when an element with this data-label kind and text is on the short list. */
export function isListedLabel(kind: string, text: string): boolean {
  return Object.values(labels).some((l) => l.kind === kind && l.text === text.trim());
}
