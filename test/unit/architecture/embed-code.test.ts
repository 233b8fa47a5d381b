import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { EMBED_HEIGHT, embedCode, exampleArea } from "../../../src/features/embed-code.ts";
import { oembedResponse } from "../../../src/features/oembed.ts";

const view = { id: "rate-per-10000", title: `Worcestershire's "rate" <rose> & fell`, subtitle: "Children looked after per 10,000" };

describe("embedCode(site, view)", () => {
  const code = embedCode("https://charts.example/", view);
  const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);

  it("is one lazy, titled iframe of the embed page, then one script", () => {
    const els = [...document.body.children];
    expect(els.map((e) => e.tagName.toLowerCase())).toEqual(["iframe", "script"]);
    const iframe = els[0]!;
    expect(iframe.getAttribute("src")).toBe("https://charts.example/embed/rate-per-10000/");
    expect(iframe.getAttribute("title")).toBe(view.title);
    expect(iframe.getAttribute("loading")).toBe("lazy");
    expect(iframe.getAttribute("height")).toBe(String(EMBED_HEIGHT));
    expect(els[1]!.getAttribute("src")).toBe("https://charts.example/embed.js");
  });

  it("uses absolute URLs on the configured site, whatever the path given", () => {
    expect(embedCode("http://localhost:4321/some/page/", view)).toContain('src="http://localhost:4321/embed/rate-per-10000/"');
  });
});

describe("oembedResponse(provider, view)", () => {
  it("is an oEmbed 1.0 rich response carrying the same embed code", () => {
    const r = oembedResponse({ name: "Example charts", url: "https://charts.example" }, view);
    expect(r).toMatchObject({ version: "1.0", type: "rich", title: view.title, provider_url: "https://charts.example/", height: EMBED_HEIGHT });
    expect(r.html).toBe(embedCode("https://charts.example", view));
    expect(r.width).toBeGreaterThan(0);
    expect(r.provider_name).toBe("Example charts");
    // No caveat: the description is the measure; with one, the caveat follows it.
    expect(r.description).toBe("Children looked after per 10,000");
    expect(oembedResponse({ name: "Example charts", url: "https://charts.example" }, { ...view, caveat: "The chart cannot show why." }).description).toBe("Children looked after per 10,000. The chart cannot show why.");
  });
});

describe("exampleArea(offered, own, comparators)", () => {
  const offered = [{ value: "" }, { value: "A01" }, { value: "OWN" }, { value: "C02" }, { value: "C01" }];
  it("gives the first comparator the picker offers, in the configuration's order", () => {
    expect(exampleArea(offered, "OWN", ["X99", "C01", "C02"])).toEqual({ value: "C01" });
  });
  it("else the first area offered that is not the site's own council, and never the empty choice", () => {
    expect(exampleArea(offered, "OWN", [])).toEqual({ value: "A01" });
    expect(exampleArea([{ value: "" }, { value: "OWN" }], "OWN", [])).toBeUndefined();
  });
});
