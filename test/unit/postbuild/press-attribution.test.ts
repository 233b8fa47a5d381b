import { site as testSite } from "../../support/site.ts";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unattributedPressFacts, type PressOnlyFact } from "../../../src/lib/content/press-attribution.ts";
import { pressAttributionProblems } from "../../../scripts/postbuild/press-attribution.ts";
import { ROOT } from "../../support/timeline.ts";

const inHouse: PressOnlyFact[] = [{ event: "2024-10-services-in-house.yaml", statedAs: ["in-house"], papers: ["Kidderminster Standard"] }];

describe("unattributedPressFacts(text, ext, facts): every output", () => {
  const caught = (text: string, ext: string) => unattributedPressFacts(text, ext, inHouse).map((p) => p.sentence);

  it("a page's body, a section blurb, its <title> and its og and meta descriptions", () => {
    expect(caught("<main><p>Timeline: every event to their return in-house, with a feed.</p></main>", "html")).toHaveLength(1);
    expect(caught("<head><title>Services back in-house</title></head>", "html")).toEqual(["Services back in-house"]);
    expect(caught('<meta property="og:description" content="Services were brought back in-house in 2024.">', "html")).toHaveLength(1);
    expect(caught('<meta name="description" content="Services were brought back in-house.">', "html")).toHaveLength(1);
    // Inline elements do not end a sentence; the paper named anywhere in it attributes it.
    expect(caught("<p>Services came back in-house, <a href='/s/'>the Kidderminster Standard</a> reported.</p>", "html")).toEqual([]);
    // Another sentence in the same paragraph naming the paper does not attribute this one.
    expect(caught("<p>The Kidderminster Standard covered it. Services came back in-house.</p>", "html")).toEqual(["Services came back in-house."]);
  });

  it("the feed's items and the calendar's lines, folded or not", () => {
    expect(caught("<rss><channel><item><title>October 2024: Services brought back in-house</title><link>https://x.org/timeline/#event-2024-10-services-in-house</link><description>The council took them back.</description></item></channel></rss>", "xml")).toEqual([
      "October 2024: Services brought back in-house",
    ]);
    expect(caught("BEGIN:VEVENT\r\nSUMMARY:Ofsted visit\r\nDESCRIPTION:A visit after their return in-\r\n house.\r\nEND:VEVENT", "ics")).toEqual(["A visit after their return in-house."]);
    expect(caught("DESCRIPTION:Services came back in-house\\, the Kidderminster Standard reported.", "ics")).toEqual([]);
  });

  it("JSON strings, SVG text (the images' words) and a table cell read with its column's heading", () => {
    expect(caught(JSON.stringify({ title: "Run in-house from 2024" }), "json")).toHaveLength(1);
    expect(caught('<svg><text x="1">Back in-house</text><title>Chart</title></svg>', "svg")).toEqual(["Back in-house"]);
    const table = (head: string) => `<table><tr><th>Figure</th><th>${head}</th></tr><tr><td>Who ran them</td><td>in-house again</td></tr></table>`;
    expect(caught(table("Kidderminster Standard"), "html")).toEqual([]);
    expect(caught(table("Local press"), "html")).toEqual(["Local press: in-house again"]);
  });
});

describe("pressAttribution: the post-build step", () => {
  const site = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "press-"));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, ".."), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it("passes a site that names the paper wherever it states a press-only fact", async () => {
    const outDir = site({ "timeline/index.html": "<p>The Kidderminster Standard reported that the services came back in-house.</p>" });
    expect(await pressAttributionProblems(outDir, join(ROOT, "content"), testSite)).toEqual([]);
  });

  it("fails on the planted fault: the timeline blurb, the feed and the calendar stating the return in-house unattributed", async () => {
    const outDir = site({
      "index.html": "<nav><p>Every dated event, from the inspection to their return in-house, with a calendar and a feed.</p></nav>",
      "timeline.xml": "<rss><channel><item><title>October 2024: Services brought back in-house</title></item></channel></rss>",
      "timeline.ics": "BEGIN:VEVENT\r\nDESCRIPTION:A focused visit after their return in-house.\r\nEND:VEVENT",
      "pagefind/fragment.json": JSON.stringify({ text: "back in-house" }),
    });
    const problems = await pressAttributionProblems(outDir, join(ROOT, "content"), testSite);
    expect(problems.map((p) => p.split(":")[0])).toEqual(expect.arrayContaining(["index.html", "timeline.xml", "timeline.ics"]));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/only the press reports this \(content\/timeline\/2024-10-services-in-house\.yaml\); name the paper in the same sentence$/);
  });
});
