/**
 * The formats every file shares, each written once: a day, a day or month, and an area
 * code. The site's configuration, the feedback config, the meetings, the corrections log,
 * the chart ledgers, the chart CSVs' schema and the importer all check against these, so
 * a value one of them accepts is never refused by another (or the other way round).
 */
import { z } from "astro/zod";
import { isIsoDay } from "../format/date.ts";

/**
 * A real calendar day as YYYY-MM-DD: 2018-02-31 is refused. YAML reads an unquoted date
 * as a Date, which is taken back to its day.
 */
export const isoDaySchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isIsoDay, "expected a real day as YYYY-MM-DD"),
);

/** A real day (YYYY-MM-DD) or month (YYYY-MM), for a record dated only as precisely as it gives. */
export const isoDayOrMonthSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().refine((s) => isIsoDay(s) || (/^\d{4}-\d{2}$/.test(s) && isIsoDay(`${s}-01`)), "expected a real day as YYYY-MM-DD or a month as YYYY-MM"),
);

/**
 * An area code as the ONS (GSS) writes it and DfE publishes it: a capital letter for the
 * nation (E, W, S or N; K for areas across them) and eight digits. The pattern is written
 * once, for the schemas, the CSV schema's `pattern` constraint and the importer.
 */
export const AREA_CODE_PATTERN = "[A-Z][0-9]{8}";
const AREA_CODE = new RegExp(`^${AREA_CODE_PATTERN}$`);
export const AREA_CODE_RULE = "a capital letter and eight digits";

export function isAreaCode(text: string): boolean {
  return AREA_CODE.test(text);
}

export const areaCodeSchema = z.string().refine(isAreaCode, `expected an area code: ${AREA_CODE_RULE}`);
