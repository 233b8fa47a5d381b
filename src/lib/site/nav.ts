/**
 * The site's destinations, grouped the way a reader thinks about them: the story told in
 * order, the record it rests on, the data, and the site itself. The header shows the
 * groups; the home and search pages list every section with its one-line `about`.
 */
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

export const home: NavItem = { href: "/", label: "Home" };

export const navGroups: readonly NavGroup[] = [
  {
    id: "story",
    label: "The story",
    items: [
      { href: "/proposal/", label: "The proposal", about: "What the council proposed, with the sources side by side where they disagree." },
      { href: "/why/", label: "Why", about: "The reasons given, and the statistics behind them." },
      { href: "/what-happened-next/", label: "What happened next", about: "Children in care after the decision, Ofsted's later judgements and who ran the service." },
    ],
  },
  {
    id: "record",
    label: "The record",
    items: [
      { href: "/meetings/", label: "Meetings", about: "What was said and decided at Cabinet and at scrutiny, point by point." },
      { href: "/timeline/", label: "Timeline", about: "Every dated event, from the Ofsted inspection that judged the services inadequate to their return in-house, with a calendar and a feed." },
      { href: "/questions/", label: "Questions", about: "Every question councillors raised, and whether it was answered." },
      { href: "/claims/", label: "Claims", about: "Every checkable claim in the council's news release and the scrutiny minute, checked against the record." },
    ],
  },
  {
    id: "data",
    label: "The data",
    items: [
      { href: "/charts/", label: "Charts", about: "Every chart, each with its data and sources." },
      { href: "/sources/", label: "Sources", about: "Every source, and the data to download." },
    ],
  },
  {
    id: "site",
    label: "This site",
    items: [
      { href: "/respond/", label: "Your notes", about: "A place to keep your own notes on each section, in this browser, and how people took part at the time." },
      { href: "/about/", label: "About", about: "Who publishes the site, the method, corrections, accessibility and privacy." },
      { href: "/search/", label: "Search", about: "Search every page." },
    ],
  },
];

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
