/** The main navigation, in reading order. Add a section here when its page exists. */
export interface NavItem {
  href: string;
  label: string;
}

export const nav: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/charts/", label: "Charts" },
  { href: "/timeline/", label: "Timeline" },
  { href: "/respond/", label: "Respond" },
  { href: "/sources/", label: "Sources" },
];
