/**
 * The values of the looked-after datasets' `measure` and `unit` columns that the engine's
 * looked-after features read: its looked-after chart kinds, council pages, figure keys and
 * claims checks. The vocabulary itself is the site's data package's (the enums of
 * data/datapackage.json); these name, in one place, the values the engine asks for, and
 * series() refuses one the package does not allow rather than finding no rows.
 */
export const MEASURE = {
  /** Children looked after on 31 March. */
  lookedAfter: "looked_after_31_march",
  /** Children who started to be looked after during the year. */
  started: "started",
  /** Children who ceased to be looked after during the year. */
  ceased: "ceased",
} as const;

export const UNIT = {
  number: "number",
  rate: "rate_per_10000",
} as const;
