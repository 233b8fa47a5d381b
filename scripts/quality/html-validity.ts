/**
 * Gate: html-validate reports no errors on any built page, using the committed
 * .htmlvalidate.mjs (loaded explicitly, so a temporary copy of the site outside the
 * repository is checked with the same rules).
 */
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import config from "../../.htmlvalidate.mjs";
import { builtPages, readPage } from "./site-files.ts";

export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate(new StaticConfigLoader(config));

/** html-validate errors in one document (warnings are not reported: every rule we keep is an error). */
export async function validateMarkup(html: string, name: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ page: name, line: m.line, column: m.column, rule: m.ruleId, message: m.message })),
  );
}

/** html-validate errors on every page in `dir`. */
export async function validateSite(dir: string): Promise<HtmlProblem[]> {
  const out: HtmlProblem[] = [];
  for (const page of builtPages(dir)) out.push(...(await validateMarkup(readPage(dir, page).html, page)));
  return out;
}

/** One line per problem, for a failing assertion. */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.page}:${p.line}:${p.column}: ${p.rule}: ${p.message}`).join("\n");
}
