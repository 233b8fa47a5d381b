/** A figure prose can name by key: one or more values, how they read, and where they come from. */
import type { Confidence } from "../data/index.ts";
import type { Revision } from "../data/revisions.ts";

/** One machine-readable value and its text, e.g. 500000 shown as "£0.5m". */
export interface FigurePart {
  value: number;
  text: string;
}

export interface Figure {
  /** The key prose uses: an area key, a measure and a year ("<area>.number.<year>"). */
  key: string;
  /** One part for a single value; two for a range ("£0.5m to £1.2m"). */
  parts: FigurePart[];
  /** Ids in data/sources.csv; the first is the one the figure links to. */
  sourceIds: string[];
  confidence: Confidence;
  /** A short plain-text note shown as the link's title, or null. */
  note: string | null;
  /** Where a later release revised the value: the value as first published and its release. */
  revision?: Revision | null;
}

/** Looks figures up by key. */
export interface FigureRegistry {
  get(key: string): Figure | undefined;
  keys(): string[];
}

/** A percentage change the site states (content/calculations.yaml): computed here, so prose never holds a hand-typed result. */
export interface CalculatedFigure {
  key: string;
  from: string;
  to: string;
  note: string;
  /** Said after the figure where its inputs were published rounded ("from rates rounded to whole numbers"). */
  rounded?: string | undefined;
}
