import { site } from "../../support/site.ts";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createMarkdownIt, renderInline, renderMarkdown, renderPlain } from "../../../src/lib/markdown/index.ts";
import { ui } from "../../../src/lib/content/ui.ts";
import { expectMatchesFile } from "../../support/snapshot.ts";
import { fakeFigures } from "./fake-figures.ts";
import { loadLabels } from "../../../src/lib/markdown/labels.ts";
import { loadSiteConfig } from "../../../src/config/config.ts";
import { isRemoteImage } from "../../../src/lib/markdown/images-plugin.ts";

const md = createMarkdownIt({ figures: fakeFigures, labels: loadLabels(loadSiteConfig(process.env)), revisionWords: ui(site).charts });
const env = (source: string, file = "content/test.md") => ({ file, source });
const render = (text: string, file = "content/test.md") => renderMarkdown(md, text, env(text, file));

describe("renderMarkdown(md, text, env)", () => {
  it("matches the saved snapshot for a sample of every construct", () => {
    const path = resolve(import.meta.dirname, "../../fixtures/markdown/sample.md");
    const text = readFileSync(path, "utf8");
    expectMatchesFile(renderMarkdown(md, text, env(text, "test/fixtures/markdown/sample.md")), "markdown-sample.html");
  });

  it("binds a figure as <data value> inside a link to its source", () => {
    expect(render("About {{count}} children.")).toContain('<a class="figure" href="/sources/#dfe"><data value="796">796</data></a>');
  });

  it("gives a revised value a title and a visible marker naming the earlier figure and its release", () => {
    const html = render("Rose from {{revised}} since.");
    expect(html).toContain('<data value="64460" title="64,460; first published as 64,400 in the 2010 release (SFR27/2010)">64,460</data>');
    expect(html).toContain(
      '<sup class="figure-revised"><a href="/sources/#dfe-sfr27" aria-label="revised: first published as 64,400 in the 2010 release (SFR27/2010)" data-note="first published as 64,400 in the 2010 release (SFR27/2010)">revised</a></sup>',
    );
    expect(renderPlain(md, "Rose from {{revised}} since.", env("x"))).toBe("Rose from 64,460 since.");
    expect(render("About {{count}} children.")).not.toMatch(/title=|figure-revised/);
  });

  it("renders a range as two values", () => {
    expect(render("Saving {{money.saving}}.")).toContain('<data value="500000">£0.5m</data> to <data value="1200000">£1.2m</data>');
  });

  it("renders dates as <time datetime>", () => {
    expect(render("On {{date:2018-10-18}}, in {{date:2018-10}}, in {{date:2019}}.")).toContain(
      '<time datetime="2018-10-18">18 October 2018</time>, in <time datetime="2018-10">October 2018</time>, in <time datetime="2019">2019</time>',
    );
  });

  it("renders a listed identifier with a data-label", () => {
    expect(render("Agenda {{label:item-7}}.")).toContain('<span data-label="agenda-item">item 7</span>');
  });

  it("fails on an unknown figure key, naming file and line", () => {
    const text = "First line.\n\nSecond paragraph with {{no.such.key}} in it.";
    expect(() => render(text, "content/pages/why.md")).toThrow('content/pages/why.md:3: {{no.such.key}}: unknown figure key "no.such.key"');
  });

  it("fails on an unknown label and an impossible date", () => {
    expect(() => render("A {{label:item-99}}.")).toThrow(/content\/test\.md:1: .*unknown label "item-99"/);
    expect(() => render("On {{date:2018-02-30}}.")).toThrow(/content\/test\.md:1: .*not a date/);
  });

  it("fails on a number not bound to data, naming file and line", () => {
    const text = "Fine.\n\nThe council had 820 children.";
    expect(() => render(text, "content/pages/home.md")).toThrow('content/pages/home.md:3: "820": a number in prose must be bound');
  });

  it("allows digits in tables and code", () => {
    expect(() => render("| a |\n|---|\n| 2018 |\n\nSee `SFR27/2010`.")).not.toThrow();
  });

  it("names a folded table's columns without the commas a bound date leaves behind", () => {
    const head = "| Figure | One | Two | Three | [Paper](/sources/#p), {{date:2018-10-15}}, and [Other](/sources/#o) |";
    const html = render(`${head}\n|---|---|---|---|---|\n| a | b | c | d | e |`);
    const summary = /<summary>(.*?)<\/summary>/.exec(html)?.[1] ?? "";
    expect(summary).toContain("Figure, One, Two, Three, Paper, and Other");
    expect(summary).not.toMatch(/,\s*,/);
  });
});

describe("script payloads in content render as inert text", () => {
  const payloads = [
    "<script>alert(document.cookie)</script>",
    '<img src=x onerror="alert(document.cookie)">',
    "<svg onload=alert(document.cookie)>",
    "<iframe src=javascript:alert(document.cookie)></iframe>",
  ];
  it.each(payloads)("body: %s", (p) => {
    const html = render(`Text ${p} more.`);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(html).toContain("&lt;");
  });
  it.each(payloads)("title: %s", (p) => {
    const html = renderInline(md, `Title ${p}`, env(p));
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(renderPlain(md, `Title ${p}`, env(p))).toContain(p.replace(/"/g, "”").slice(0, 4));
  });
});

describe("links", () => {
  it.each(["javascript:alert(document.cookie)", "JAVASCRIPT:alert(document.cookie)", "java\tscript:alert(document.cookie)", "data:text/html;base,PHNjcmlwdD", "vbscript:msgbox", "file:///etc/passwd"])(
    "refuses %s",
    (url) => {
      const html = render(`[click](${url})`);
      expect(html).not.toContain("<a");
    },
  );
  it("marks links to other sites and leaves same-site links alone", () => {
    const html = render("[BBC](https://www.bbc.co.uk/news) and [sources](/sources/).");
    expect(html).toContain('<a href="https://www.bbc.co.uk/news" class="external" rel="external noreferrer">BBC<span class="visually-hidden"> (another website)</span></a>');
    expect(html).toContain('<a href="/sources/">sources</a>');
  });
});

describe("headings", () => {
  it("get stable ids from their words, without bound values, unique within a file", () => {
    const html = render("## The No Wrong Door model\n\n## Ofsted in {{date:2019}}\n\n## Ofsted in {{date:2023}}");
    expect(html).toContain('<h2 id="the-no-wrong-door-model">');
    expect(html).toContain('<h2 id="ofsted-in">');
    expect(html).toContain('<h2 id="ofsted-in-2">');
  });
});

describe("an image on another site stops the render, naming file and line", () => {
  it.each([
    ["https", "![A chart](https://evil.example/x.png)"],
    ["http", "![A chart](http://evil.example/x.png)"],
    ["upper-case scheme", "![A chart](HTTPS://evil.example/x.png)"],
    ["scheme-relative", "![A chart](//evil.example/x.png)"],
    ["a title after it", '![A chart](https://evil.example/x.png "title")'],
    ["a reference", "![A chart][pic]\n\n[pic]: https://evil.example/x.png"],
    ["inside a link", "[![A chart](https://evil.example/x.png)](/charts/)"],
  ])("%s", (_what, image) => {
    const text = `First paragraph.\n\nSecond, with ${image}`;
    expect(() => render(text, "content/pages/why.md")).toThrow(/^content\/pages\/why\.md:\d+: !\[A chart\]\(.*evil\.example\/x\.png\): an image from another site is blocked by the Content-Security-Policy/);
  });

  it("the line is the image's", () => {
    expect(() => render("One.\n\nTwo.\n\n![A chart](https://evil.example/x.png)\n", "content/pages/why.md")).toThrow(/^content\/pages\/why\.md:5: /);
  });

  it("in one line of text too (a timeline summary, a title)", () => {
    expect(() => renderInline(md, "See ![x](https://evil.example/x.png)", env("title: See ![x](https://evil.example/x.png)", "content/timeline/a.yaml"))).toThrow(/^content\/timeline\/a\.yaml:1: /);
  });

  it("an image on this site is published", () => {
    expect(render("![A chart](/images/chart.png)")).toContain('<img src="/images/chart.png" alt="A chart">');
  });
});

describe("isRemoteImage(src)", () => {
  it("is true for any scheme and for //host, false for a path on this site", () => {
    for (const src of ["https://a.example/x", "data:image/png;base64,AAAA", "java\tscript:x", "//a.example/x", "\\\\a.example\\x"]) expect(isRemoteImage(src), src).toBe(true);
    for (const src of ["/images/x.png", "images/x.png", "./x.png", "x.png?v=1"]) expect(isRemoteImage(src), src).toBe(false);
  });
});
