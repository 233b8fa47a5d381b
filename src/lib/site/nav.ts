/**
 * The site's destinations, grouped the way a reader thinks about them: the story told in
 * order, the record it rests on, the data, and the site itself. The header shows the
 * groups; the home and search pages list every section with its one-line `about`.
 */
import { ui, type Ui } from "../content/ui.ts";

export interface NavItem {
  href: string;
  label: string;
  /** One line saying what the section holds, for the home page's list of sections. */
  about?: string;
}

export interface NavGroup {
  /** Stable id, used for the group's heading id in the header. */
  id: string;
  label: string;
  items: readonly NavItem[];
}

// Where each section lives and how the sections group; their words are content
// (content/ui.yaml, nav), so a site changes a label or a blurb without touching code.
const layout = [
  { id: "story", sections: [["proposal", "/proposal/"], ["why", "/why/"], ["whatHappenedNext", "/what-happened-next/"]] },
  { id: "record", sections: [["meetings", "/meetings/"], ["timeline", "/timeline/"], ["questions", "/questions/"], ["claims", "/claims/"]] },
  { id: "data", sections: [["charts", "/charts/"], ["sources", "/sources/"]] },
  { id: "site", sections: [["respond", "/respond/"], ["about", "/about/"], ["search", "/search/"]] },
] as const satisfies readonly { id: keyof Ui["nav"]["groups"]; sections: readonly (readonly [keyof Ui["nav"]["sections"], string])[] }[];

const words = ui().nav;

export const home: NavItem = { href: "/", label: words.home };

export const navGroups: readonly NavGroup[] = layout.map((g) => ({
  id: g.id,
  label: words.groups[g.id],
  items: g.sections.map(([key, href]) => ({ href, ...words.sections[key] })),
}));

/** Every destination, home first, then the groups in order. */
export const nav: readonly NavItem[] = [home, ...navGroups.flatMap((g) => g.items)];

/** The story pages in reading order, for their "previous / next" links. */
export const storyOrder: readonly NavItem[] = [home, ...navGroups.find((g) => g.id === "story")!.items];

/** Whether `href` is the current page or the section `path` is in. */
export function isCurrent(href: string, path: string): boolean {
  return href === "/" ? path === "/" : path.startsWith(href);
}

/** The previous and next story pages around `path`, or null when `path` is not a story page. */
export function storyNeighbours(path: string): { previous?: NavItem; next?: NavItem } | null {
  const i = storyOrder.findIndex((n) => n.href === path);
  if (i < 0) return null;
  return { previous: storyOrder[i - 1], next: storyOrder[i + 1] };
}
