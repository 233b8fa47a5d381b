/** The main navigation, in reading order. Add a section here when its page exists. */
export interface NavItem {
  href: string;
  label: string;
  /** One line saying what the section holds, for the home page's list of sections. */
  about?: string;
}

export const nav: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/proposal/", label: "Proposal", about: "What the council proposed, with the sources side by side where they disagree." },
  { href: "/why/", label: "Why", about: "The reasons given, and the statistics behind them." },
  { href: "/meetings/", label: "Meetings", about: "What was said and decided at Cabinet and at scrutiny, point by point." },
  { href: "/questions/", label: "Questions", about: "Every question councillors raised, and whether it was answered." },
  { href: "/claims/", label: "Claims", about: "Every checkable claim in the council's news release and the scrutiny minute, checked against the record." },
  { href: "/what-happened-next/", label: "What happened next", about: "Children in care after the decision, Ofsted's later judgements and who ran the service." },
  { href: "/timeline/", label: "Timeline", about: "Every dated event, from the Ofsted inspection that judged the services inadequate to their return in-house, with a calendar and a feed." },
  { href: "/respond/", label: "Your notes", about: "A place to keep your own notes on each section, in this browser, and how people took part at the time." },
  { href: "/charts/", label: "Charts", about: "Every chart, each with its data and sources." },
  { href: "/sources/", label: "Sources", about: "Every source, and the data to download." },
  { href: "/about/", label: "About", about: "Who publishes the site, the method, corrections, accessibility and privacy." },
  { href: "/search/", label: "Search", about: "Search every page." },
];
