/**
 * Builds the site as of 20 October 2018 (two days after Cabinet) and checks that later
 * events are upcoming and the footer shows that date; the default build in dist/ marks
 * them past. Needs no browser: the states are in the HTML.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";
import { ROOT } from "../support/timeline.ts";

const out = join(ROOT, ".build", `as-of-test-${process.pid}`);
const page = (dir: string, path: string) => parseHTML(readFileSync(join(dir, path), "utf8")).document;
// Keyed by event id (the content file's name); list items' anchors carry an "event-" prefix.
const states = (doc: Document) => new Map([...doc.querySelectorAll("ol.timeline-list > li")].map((li) => [li.id.replace(/^event-/, ""), li.getAttribute("data-state")]));

beforeAll(() => {
  const r = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: ROOT, env: { ...process.env, SITE_AS_OF: "2018-10-20", OUT_DIR: out, CI: "1" }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build as of 2018-10-20 failed:\n${r.stdout}\n${r.stderr}`);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("built with SITE_AS_OF=2018-10-20", () => {
  it("marks the later events upcoming and the earlier ones past", () => {
    const s = states(page(out, "timeline/index.html"));
    expect(s.get("2018-10-18-cabinet-meeting")).toBe("past");
    expect(s.get("2018-10-11-announcement")).toBe("past");
    expect(s.get("2018-10-25-scrutiny-board")).toBe("upcoming");
    expect(s.get("2019-10-worcestershire-children-first")).toBe("upcoming");
    expect(s.get("2024-12-ofsted-focused-visit")).toBe("upcoming");
    expect(s.get("2018-consultation-window")).toBe("undetermined");
  });

  it("shows 20 October 2018 in the footer of every page", () => {
    for (const path of ["index.html", "timeline/index.html", "respond/index.html", "charts/rate-per-10000/index.html"]) {
      const time = page(out, path).querySelector("footer time")!;
      expect(time.getAttribute("datetime")).toBe("2018-10-20");
      expect(time.textContent).toBe("20 October 2018");
    }
  });

  it("stamps the calendar with that date", () => {
    expect(readFileSync(join(out, "timeline.ics"), "utf8")).toContain("DTSTAMP:20181020T000000Z");
  });
});

describe("the feed", () => {
  it("is RSS with one item per event, and every page links to it", () => {
    const xml = readFileSync(join(out, "timeline.xml"), "utf8");
    const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
    expect(xml.startsWith("<?xml")).toBe(true);
    expect(doc.querySelectorAll("rss > channel > item > link").length).toBeGreaterThan(10);
    for (const link of doc.querySelectorAll("rss > channel > item > link")) expect(link.textContent).toMatch(/^https?:\/\/[^/]+\/timeline\/#[a-z0-9-]+$/);
    expect(doc.querySelectorAll("rss > channel > item").length).toBe(page(out, "timeline/index.html").querySelectorAll("ol.timeline-list > li").length);
    for (const path of ["index.html", "timeline/index.html", "respond/index.html"]) {
      expect(page(out, path).querySelector('link[rel="alternate"][type="application/rss+xml"]')!.getAttribute("href")).toBe("/timeline.xml");
    }
  });
});

describe.skipIf(process.env.SITE_AS_OF)("the default build (as of the build day)", () => {
  it("marks those events past", () => {
    const s = states(page(DIST, "timeline/index.html"));
    for (const id of ["2018-10-25-scrutiny-board", "2019-10-worcestershire-children-first", "2024-12-ofsted-focused-visit"]) expect(s.get(id)).toBe("past");
  });
});

describe.skipIf(process.env.FEEDBACK_CONFIG)("the project's feedback config, which names no response form", () => {
  const pages = ["proposal/index.html", ...readdirSync(join(DIST, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `charts/${d.name}/index.html`)];

  it("puts no consultation notice under the proposal's sections or on the chart pages", () => {
    expect(pages.length).toBeGreaterThan(2);
    for (const path of pages) {
      const main = page(DIST, path).querySelector("main")!;
      expect(main.querySelectorAll(".respond-link, [data-respond]").length, path).toBe(0);
      expect(main.textContent, path).not.toMatch(/How to take part|response form and dates/);
    }
  });

  it("says once, in the proposal's consultation section, what is known and what is not", () => {
    const section = page(DIST, "proposal/index.html").querySelector("section#proposal-consultation")!;
    expect(section.textContent).toMatch(/Cabinet was asked to agree in principle/);
    expect(section.textContent).toMatch(/not found in published sources: whether the consultation ran/);
    expect(page(DIST, "proposal/index.html").querySelector("main")!.textContent!.match(/not found in published sources: whether the consultation ran/g)).toHaveLength(1);
  });
});

describe("built as of 1 November 2018 with the open fixture config (FEEDBACK_CONFIG)", () => {
  const openOut = join(ROOT, ".build", `open-test-${process.pid}`);
  beforeAll(() => {
    const env = { ...process.env, SITE_AS_OF: "2018-11-01", FEEDBACK_CONFIG: "test/fixtures/feedback/open.yaml", OUT_DIR: openOut, CI: "1" };
    const r = spawnSync(process.execPath, ["scripts/build.ts"], { cwd: ROOT, env, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`build with the open fixture failed:\n${r.stdout}\n${r.stderr}`);
  });
  afterAll(() => rmSync(openOut, { recursive: true, force: true }));

  it("every chart page links to the form with its own id as the section", () => {
    for (const id of readdirSync(join(openOut, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const link = page(openOut, `charts/${id}/index.html`).querySelector(`.respond-link[data-section="${id}"] a.respond-link-action`)!;
      expect(link.textContent).toMatch(/^Respond to this section/);
      expect(new URL(link.getAttribute("href")!).searchParams.get("topic")).toBe(id);
    }
  });

  it("every section of /proposal/ links to the form with its own id as the section", () => {
    const sections = [...page(openOut, "proposal/index.html").querySelectorAll("main section[id]")];
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      const link = section.querySelector(`.respond-link[data-section="${section.id}"] a.respond-link-action`)!;
      expect(link.textContent).toMatch(/^Respond to this section/);
      expect(new URL(link.getAttribute("href")!).searchParams.get("topic")).toBe(section.id);
    }
  });

  it("/respond/ says the consultation is open with 29 days left", () => {
    expect(page(openOut, "respond/index.html").querySelector("[data-consultation]")!.textContent).toContain("open until 30 November 2018: 29 days left");
  });
});
