/**
 * Footnotes for the revised values in a chart's table: each revised cell gets a numbered
 * marker linking to a note under the table, which says the value as first published and
 * its release, and links back.
 */
import { revisionText, type RevisionWords } from "../../lib/data/revisions.ts";
import type { ChartTable, TableCell } from "../types.ts";

export interface RevisionNote {
  /** 1, 2, …: the marker shown in the cell. */
  n: number;
  /** The note's element id; the marker's is `${id}-ref`. */
  id: string;
  /** "2010, the nation: 64,460; first published as 64,400 in the 2010 release (SFR27/2010)" */
  text: string;
}

/** A table cell as rendered: its text and, for a revised value, its note. */
export interface RenderedCell {
  text: string;
  note: RevisionNote | null;
}

/** The table's rows with each revised cell numbered, and the notes in reading order. */
export function revisionNotes(table: ChartTable, idPrefix: string, w: RevisionWords): { rows: { head: string; cells: RenderedCell[] }[]; notes: RevisionNote[] } {
  const notes: RevisionNote[] = [];
  const rows = table.rows.map(([head, ...cells]) => ({
    head,
    cells: cells.map((c: TableCell, i): RenderedCell => {
      if (typeof c === "string") return { text: c, note: null };
      const n = notes.length + 1;
      const note = { n, id: `${idPrefix}-revised-${n}`, text: `${head}, ${table.columns[i + 1]}: ${revisionText(c.text, c.revision, w)}` };
      notes.push(note);
      return { text: c.text, note };
    }),
  }));
  return { rows, notes };
}
