/**
 * The house style every drawing starts from, in one object, as Plot keeps its own
 * defaults: the type size, the options every plot takes, and the two kinds of axis the
 * charts draw. A drawing spreads what it needs and sets only what is its own (domains,
 * ticks, margins), so a change of house style is made here once.
 */

/** The charts' type size in drawing units; CSS shows each layout at 12 to 14 px (chart-definition.ts). */
export const CHART_FONT_SIZE = 12;

export const houseStyle = {
  /** What every Plot.plot call takes: the class the stylesheet styles, and no inline background. */
  plot: { className: "chart-plot", style: { fontSize: `${CHART_FONT_SIZE}px`, background: "transparent", overflow: "visible" } },
  /** An axis of values: gridlines across the plot, its label at the top, no arrow. */
  valueAxis: { grid: true, labelAnchor: "top", labelArrow: "none" },
  /** An axis of years: each year as written (no thousands separator), no label. */
  yearAxis: { tickFormat: (d: number) => String(d), label: null },
} as const;
