import { describe, expect, it } from "vitest";
import { renderInline, renderPlain } from "../../../src/lib/markdown/index.ts";
import { renderEvent } from "../../../src/lib/timeline/render.ts";
import { event, projectEvents, projectMarkdown } from "../../support/timeline.ts";

const md = projectMarkdown();
const env = { file: "content/timeline/fixture.yaml", source: "" };
const r = { inline: (t: string) => renderInline(md, t, env), plain: (t: string) => renderPlain(md, t, env) };

describe("renderEvent(event, renderer)", () => {
  it("binds dates, figures and labels in the HTML and keeps plain text for the calendar and feed", () => {
    const e = renderEvent(event({ summary: "On {{date:2018-10-18}}, {{label:item-7}}: {{press.petition}} signatures, the Dudley News reported.", records: [{ label: "Minutes, {{date:2018-10-18}}", url: "https://example.org/" }] }), r);
    expect(e.html.summary).toContain('<time datetime="2018-10-18">18 October 2018</time>');
    expect(e.html.summary).toContain('<span data-label="agenda-item">item 7</span>');
    expect(e.html.summary).toContain('<data value="383">383</data>');
    expect(e.summary).toBe("On 18 October 2018, item 7: 383 signatures, the Dudley News reported.");
    expect(e.records[0]!.label).toBe("Minutes, 18 October 2018");
    expect(e.html.records[0]).toContain("<time");
  });

  it("stops on a number typed into an event's text, naming the file", () => {
    expect(() => renderEvent(event({ summary: "A petition had 383 signatures." }), r)).toThrow(/^content\/timeline\/fixture\.yaml:\d+: "383": a number in prose must be bound/);
  });

  it("stops on an unknown figure key, naming the file", () => {
    expect(() => renderEvent(event({ dateNote: "{{press.petitions}}" }), r)).toThrow(/content\/timeline\/fixture\.yaml:\d+: \{\{press\.petitions\}\}: unknown figure key/);
  });

  it("renders every project event (none holds an unbound number or an unknown key)", () => {
    const events = projectEvents();
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => !/\{\{/.test(e.summary + e.title + (e.dateNote ?? "")))).toBe(true);
    expect(events.find((e) => e.id === "2018-10-18-cabinet-decision")!.summary).toContain("383 signatures");
  });
});
