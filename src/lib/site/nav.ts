/**
 * The site's destinations, grouped the way a reader thinks about them: the story told in
 * order, the record it rests on, the data, and the site itself. The header shows the
 * groups; the home and search pages list every section with its one-line `about`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { ui, type Ui } from "../content/ui.ts";
import { perSite } from "../../config/per-site.ts";
import { lineOfPath } from "../../format/yaml-errors.ts";
import type { SiteConfig } from "../../config/config.ts";

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

// Where each section lives and how the sections group come from content/site.yaml's `nav`;
// their words are content/ui.yaml's nav, so a site changes its story without touching code.

export interface Navigation {
  groups: readonly NavGroup[];
  /** The story pages (content/pages/<page>.md, each served at /<page>/) the navigation names. */
  storyPages: readonly string[];
  /** The story group's items, in reading order. */
  story: readonly NavItem[];
}

/**
 * The navigation from a site's configuration and its words. Throws naming site.yaml's file,
 * line and field when a group or section has no words in content/ui.yaml's nav.
 */
export function navigationOf(config: Pick<SiteConfig, "nav" | "paths">, words: Pick<Ui["nav"], "groups" | "sections">, cwd = process.cwd()): Navigation {
  const shown = relative(cwd, config.paths.config) || config.paths.config;
  const wordsOf = <T>(table: Record<string, T>, key: string, where: (string | number)[], field: "group" | "section"): T => {
    const w = table[key];
    if (w !== undefined) return w;
    const line = lineOfPath(readFileSync(config.paths.config, "utf8"), where);
    throw new Error(`${shown}:${line}: ${where.join(".")}: unknown ${field} "${key}": content/ui.yaml's nav.${field === "group" ? "groups" : "sections"} has no such key`);
  };
  const groups = config.nav.map((g, i) => ({
    id: g.group,
    label: wordsOf(words.groups, g.group, ["nav", i, "group"], "group"),
    items: g.sections.map((s, j) => ({
      href: "page" in s ? `/${s.page}/` : s.href,
      ...wordsOf(words.sections, s.section, ["nav", i, "sections", j, "section"], "section"),
    })),
  }));
  return {
    groups,
    storyPages: config.nav.flatMap((g) => g.sections.flatMap((s) => ("page" in s ? [s.page] : []))),
    story: groups[config.nav.findIndex((g) => g.story)]?.items ?? [],
  };
}

export interface SiteNavigation {
  home: NavItem;
  groups: readonly NavGroup[];
  /** The story pages (content/pages/<page>.md, each served at /<page>/) named in the navigation. */
  storyPages: readonly string[];
  /** Every destination, home first, then the groups in order. */
  all: readonly NavItem[];
  /** The story pages in reading order, for their "previous / next" links. */
  storyOrder: readonly NavItem[];
}

/** The site's navigation, worked out on first use (not on import) from the configuration it is handed and its words. */
export const siteNavigation: (config: SiteConfig) => SiteNavigation = perSite((config) => {
  const words = ui(config).nav;
  const navigation = navigationOf(config, words);
  const home: NavItem = { href: "/", label: words.home };
  return {
    home,
    groups: navigation.groups,
    storyPages: navigation.storyPages,
    all: [home, ...navigation.groups.flatMap((g) => g.items)],
    storyOrder: [home, ...navigation.story],
  };
});

/** Whether `href` is the current page or the section `path` is in. */
export function isCurrent(href: string, path: string): boolean {
  return href === "/" ? path === "/" : path.startsWith(href);
}

/** The previous and next story pages around `path`, or null when `path` is not a story page. */
export function storyNeighbours(path: string, config: SiteConfig): { previous?: NavItem; next?: NavItem } | null {
  const { storyOrder } = siteNavigation(config);
  const i = storyOrder.findIndex((n) => n.href === path);
  if (i < 0) return null;
  return { previous: storyOrder[i - 1], next: storyOrder[i + 1] };
}
