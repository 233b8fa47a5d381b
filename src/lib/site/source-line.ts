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
