/** Number formatting shared by charts, tables and prose, in British English. */
import { Missing } from "../data/table-schema.ts";

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDp = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** "64,460"; rates keep up to one decimal place ("58.5"). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? whole.format(value) : oneDp.format(value);
}

/** The words shown wherever a value is missing; never a zero or a dash alone. */
export const NOT_PUBLISHED = "not published";

/** A value or, for a Missing, the words saying why there is none. */
export function formatValue(value: number | Missing | null): string {
  if (value === null) return NOT_PUBLISHED;
  if (value instanceof Missing) return value.code === "" ? NOT_PUBLISHED : `${NOT_PUBLISHED} (code "${value.code}")`;
  return formatNumber(value);
}
