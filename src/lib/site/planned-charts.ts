/**
 * Every chart id the site uses (fixed: /charts/<id>/ and /embed/<id>/ depend on them),
 * with the words a link uses while a chart is not in the registry yet. Pages embed a
 * chart when src/charts/index.ts has it, and link to its page otherwise.
 */
export const chartTopics: Readonly<Record<string, string>> = {
  "homes-before-after": "the homes before and after, by type, with the sources' different counts",
  "england-looked-after": "England's looked-after children over time",
  "rate-per-10000": "Worcestershire's rate of children in care against England and the West Midlands",
  "starts-and-ceased": "Worcestershire's children starting and leaving care each year",
  "age-and-placement": "Worcestershire's looked-after children by age and placement",
  comparators: "Essex and North Yorkshire against Worcestershire",
  "similar-councils": "Worcestershire against its statistical neighbours and every council in England",
  money: "the money: the budget increase, the saving and the Edge of Care estimate",
};

/** The link text for a chart id; throws for an id that is not on the list. */
export function chartTopic(id: string): string {
  const t = chartTopics[id];
  if (!t) throw new Error(`unknown chart id "${id}" (chart ids are listed in src/lib/site/planned-charts.ts)`);
  return t;
}
