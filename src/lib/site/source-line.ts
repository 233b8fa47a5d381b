/** Groups a chart's sources by publisher, so a source line names each publisher once. */
import type { Source } from "../data/index.ts";

export interface PublisherGroup {
  publisher: string;
  sources: Source[];
}

export function groupByPublisher(sources: readonly Source[]): PublisherGroup[] {
  const groups = new Map<string, Source[]>();
  for (const s of sources) groups.set(s.publisher, [...(groups.get(s.publisher) ?? []), s]);
  return [...groups].map(([publisher, list]) => ({ publisher, sources: list }));
}

/**
 * For a source line in a story, where the chart's page lists every release: a publisher's
 * releases beyond `max` shown as the first and last, with how many there are in all.
 */
export function abridge(group: PublisherGroup, max = 3): { publisher: string; shown: Source[]; total: number } {
  const { publisher, sources } = group;
  return sources.length <= max ? { publisher, shown: sources, total: sources.length } : { publisher, shown: [sources[0]!, sources.at(-1)!], total: sources.length };
}
