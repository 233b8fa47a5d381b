/**
 * The one typographic step for the words a chart kind writes itself (descriptions, table
 * cells, legend labels): a finished view's reader text through typeset() (‘ ’ “ ”, as page
 * text gets from markdown-it's typographer). The entry's own words are typeset where they
 * are bound (bind.ts), before they are drawn; the drawings and the CSV are left as they are.
 */
import { typeset } from "../format/typography.ts";
import type { ChartView, TableCell } from "./types.ts";

const cell = (c: TableCell): TableCell => (typeof c === "string" ? typeset(c) : { ...c, text: typeset(c.text) });

/** `view` with its title, subtitle, alt, description, notes, caveat, legend, table and picker words typeset. */
export function typesetView(view: ChartView): ChartView {
  return {
    ...view,
    title: typeset(view.title),
    subtitle: typeset(view.subtitle),
    alt: typeset(view.alt),
    description: typeset(view.description),
    details: view.details.map(typeset),
    legend: view.legend.map((l) => ({ ...l, label: typeset(l.label) })),
    table: {
      ...view.table,
      caption: typeset(view.table.caption),
      columns: view.table.columns.map(typeset),
      rows: view.table.rows.map(([head, ...cells]) => [typeset(head), ...cells.map(cell)]),
    },
    notes: view.notes.map(typeset),
    ...(view.caveat !== undefined ? { caveat: typeset(view.caveat) } : {}),
    ...(view.picker ? { picker: { ...view.picker, label: typeset(view.picker.label), noneText: typeset(view.picker.noneText), options: view.picker.options.map((o) => ({ ...o, text: typeset(o.text) })) } } : {}),
  };
}
