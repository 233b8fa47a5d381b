import { site } from "../../support/site.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { timelineSvg } from "../../../src/charts/drawing/timeline-svg.ts";
import { projectEvents } from "../../support/timeline.ts";
import { normaliseSvg } from "../../support/normalise-svg.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";
import { fixtureSite } from "../../support/fixture-site.ts";

const events = projectEvents();
const draw = (asOf: string) => parseHTML(`<body>${timelineSvg(events, { asOf, ui: ui(site), labelledBy: "t" })}</body>`).document;

describe("timelineSvg(events, { asOf })", () => {
  it("draws one link per event, to its list entry, with a name", () => {
    const marks = [...draw("2018-10-20").querySelectorAll("a.tl-event")];
    expect(marks.map((a) => a.getAttribute("href"))).toEqual(events.map((e) => `#event-${e.id}`));
    for (const a of marks) expect(a.getAttribute("aria-label")!.length).toBeGreaterThan(20);
  });

  it("marks state from the as-of date, and puts the marker there", () => {
    const doc = draw("2018-10-20");
    const state = (id: string) => doc.querySelector(`a[data-id="${id}"]`)!.getAttribute("data-state");
    expect(state("2018-10-18-cabinet-meeting")).toBe("past");
    expect(state("2018-10-25-scrutiny-board")).toBe("upcoming");
    expect(state("2018-consultation-window")).toBe("undetermined");
    expect(doc.querySelector(".tl-asof")!.getAttribute("data-date")).toBe("2018-10-20");
    expect(doc.querySelector(".tl-asof text")!.textContent).toBe("As of 20 October 2018");
    const later = draw("2026-11-22");
    expect([...later.querySelectorAll("a.tl-event")].filter((a) => a.getAttribute("data-state") === "upcoming")).toHaveLength(0);
  });

});

describe("timelineSvg on the fixture site's invented events", () => {
  it("matches the saved drawing", () => {
    expectMatchesFile(normaliseSvg(timelineSvg(projectEvents(fixtureSite), { asOf: "2021-06-01", ui: ui(fixtureSite), labelledBy: "t" })), "engine/timeline-2021-06-01.svg");
  });
});
