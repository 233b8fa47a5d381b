/**
 * Meeting records you can find your way in, read from the built HTML: a contents list
 * at the top with the topics and who spoke, every entry leading to a point or topic on
 * the page, and every point keeping its permalink.
 */
import { describe, expect, it } from "vitest";
import { builtDoc, builtPages } from "../support/pages.ts";

const meetings = builtPages().filter((p) => /^\/meetings\/[^/]+\/$/.test(p));
const doc = (path: string) => builtDoc(path);

describe("meeting records", () => {
  it("there are meeting pages", () => {
    expect(meetings.length).toBeGreaterThanOrEqual(2);
  });

  it("link to each other in date order, previous and next, at their foot", () => {
    // Each page's date is the first <time> of its heading; the pager follows that order.
    const dated = meetings.map((path) => ({ path, date: doc(path).querySelector("main h1 time")?.getAttribute("datetime") ?? "" })).sort((a, b) => a.date.localeCompare(b.date));
    dated.forEach(({ path }, i) => {
      const pager = doc(path).querySelector("nav.story-pager");
      expect(pager, `${path}: pager`).not.toBeNull();
      expect(pager!.querySelector('a[rel="prev"]')?.getAttribute("href") ?? null, `${path}: previous`).toBe(dated[i - 1]?.path ?? null);
      expect(pager!.querySelector('a[rel="next"]')?.getAttribute("href") ?? null, `${path}: next`).toBe(dated[i + 1]?.path ?? null);
    });
  });

  it.each(meetings)("%s opens with a contents list of topics and speakers that all lead somewhere", (path) => {
    const d = doc(path);
    const contents = d.querySelector("nav.meeting-contents");
    expect(contents, "contents").not.toBeNull();
    // Before the record itself.
    const record = d.querySelector("#record")!;
    expect(contents!.compareDocumentPosition(record) & 4, "contents come before the record").toBeTruthy();
    const topics = Array.from(contents!.querySelectorAll('ol[aria-labelledby="contents-topics"] a'));
    const speakers = Array.from(contents!.querySelectorAll('ul[aria-labelledby="contents-speakers"] a'));
    expect(topics.length, "topics").toBeGreaterThan(2);
    expect(speakers.length, "speakers").toBeGreaterThan(1);
    for (const a of [...topics, ...speakers]) {
      const id = a.getAttribute("href")!.replace(/^#/, "");
      expect(d.getElementById(id), `${path}: ${a.textContent} → #${id}`).not.toBeNull();
    }
    // Each topic heading is in the record, and each speaker named in the list speaks there.
    for (const a of topics) expect(d.getElementById(a.getAttribute("href")!.slice(1))!.tagName, a.textContent!).toBe("H3");
    const who = new Set(Array.from(d.querySelectorAll(".record .who")).map((e) => e.textContent!.trim()));
    for (const a of speakers) expect(who.has(a.textContent!.trim()), a.textContent!).toBe(true);
    expect(speakers.length, "every speaker listed once").toBe(who.size);
  });

  it.each(meetings)("%s: every point keeps its id and permalink", (path) => {
    const points = Array.from(doc(path).querySelectorAll(".record > li"));
    expect(points.length).toBeGreaterThan(3);
    for (const li of points) expect(li.querySelector("a.permalink")?.getAttribute("href"), li.id).toBe(`#${li.id}`);
  });
});
