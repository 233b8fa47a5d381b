/** The years the timeline spans: those of its first and last dated events. */
export function timelineYears(events: readonly { date?: string | null }[]): { first: string; last: string } {
  const years = events.flatMap((e) => (e.date ? [e.date.slice(0, 4)] : [])).sort();
  if (years.length === 0) throw new Error("timeline: no event has a date, so the timeline spans no years");
  return { first: years[0]!, last: years.at(-1)! };
}
