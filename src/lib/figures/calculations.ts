/**
 * The percentage changes a site states, from content/calculations.yaml: which two
 * figures each compares is an editorial choice, so it lives in content; the arithmetic
 * is the registry's.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";
import { validateYamlText } from "../../format/yaml-errors.ts";
import type { SiteConfig } from "../../config/config.ts";
import type { CalculatedFigure } from "./types.ts";

const figureKey = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "expected a figure key such as area.number.2018");

export const calculationsSchema = z.array(
  z
    .object({
      key: figureKey.refine((k) => k.startsWith("calc."), 'expected a key starting "calc."'),
      from: figureKey,
      to: figureKey,
      note: z.string().min(1),
      /**
       * Said after the figure where its inputs were published rounded (rates DfE rounds to
       * whole numbers), so the change is no more exact than they are: "from rates rounded to
       * whole numbers". Plain text.
       */
      rounded: z.string().min(1).optional(),
    })
    .strict(),
);

/** The calculations of a site; throws naming file, line and field. */
export function calculatedFigures(config: SiteConfig): CalculatedFigure[] {
  const file = join(config.paths.content, "calculations.yaml");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  const errors = validateYamlText(text, relative(process.cwd(), file), calculationsSchema);
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return calculationsSchema.parse(parse(text));
}
