/**
 * One whole build with every setting a test needs changed at once, read as files:
 *
 * - URL=https://example.org (Netlify's variable): a build for publishing names no local
 *   address in any text file, every link meant to be copied or shared uses the public
 *   address, and each chart's PNG is exactly the rasterisation of its SVG, so its printed
 *   source line is the SVG's;
 * - SITE_AS_OF=2018-10-20 (two days after Cabinet): later events are upcoming, earlier
 *   ones past, and the footer and the calendar give that date (the default build in dist/
 *   marks them all past: test/story/static/as-of.test.ts);
 * - FEEDBACK_CONFIG=test/fixtures/feedback/open.yaml (a consultation open from
 *   19 October to 30 November 2018): every chart page and section of /proposal/ links to
 *   the form with its own id, and /respond/ counts the days left.
 *
 * - DATA_DIR=a copy of data/ with one value changed, CHART_VERSIONS=append: the chart gets a
 *   new version; the old version's page, embed and CSV still exist and show the old figure;
 *   the old embed says there are newer figures and what changed; /changes/ and its feed
 *   list the change. The copy of data/ starts from the committed ledgers.
 *
 * The four settings touch different parts of the pages (absolute URLs; event states and
 * dates; consultation notices; one chart's versions), so one build shows all four; each
 * was a build of its own. Two more builds must stop, naming the file, and write nothing:
 * one in CI with a changed value and the committed ledger, one with Cloudflare's
 * `CF_PAGES_URL` and a local link planted in the content. Those two build a copy of the
 * small example site (examples/exampleshire), whose build is a quarter as long as this
 * site's and stops at the same checks. Slow (an Astro build each).
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOMParser, parseHTML } from "linkedom";
import { svgToPng } from "../../src/charts/outputs/png.ts";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, ".build", `variant-${process.pid}`);
const out = join(work, "dist");
const SITE = "https://example.org";
const data = join(work, "data");
const CHART = "rate-per-10000";
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The environment without any address variable, plus `extra`. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...extra };
  for (const name of ["SITE_DIR", "SITE_URL", "URL", "CF_PAGES_URL", "SITE_AS_OF", "FEEDBACK_CONFIG", "CONTENT_DIR", "DATA_DIR", "CHART_VERSIONS", "PUBLISHER_NAME", "PUBLISHER_CONTACT"]) if (!(name in extra)) delete e[name];
  return e;
}

/**
 * A stand-in publisher for builds with a public address, which stop without one: this
 * repository's content/site.yaml names none until a real deployment does (docs/deploy.md#publisher).
 */
const PUBLISHER = { PUBLISHER_NAME: "Test publisher (a test fixture)", PUBLISHER_CONTACT: "https://example.org/corrections" };
const build = (outDir: string, extra: Record<string, string>) => spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: env({ OUT_DIR: outDir, ...PUBLISHER, ...extra }), encoding: "utf8" });

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const doc = (path: string) => parseHTML(readFileSync(join(out, path), "utf8")).document;
const page = (_dir: string, path: string) => doc(path);
// Keyed by event id (the content file's name); list items' anchors carry an "event-" prefix.
const states = (d: Document) => new Map([...d.querySelectorAll("ol.timeline-list > li")].map((li) => [li.id.replace(/^event-/, ""), li.getAttribute("data-state")]));

interface LedgerFile {
  versions: { version: string; reason: string }[];
}
const ledger = (dir: string): LedgerFile => JSON.parse(readFileSync(join(dir, "chart-versions", `${CHART}.json`), "utf8")) as LedgerFile;

// A council's rate in its latest year, as looked-after.csv gives it, and one more.
const ROW = /^([A-Z]\d{8}),([^,]+),(\d{4}),looked_after_31_march,rate_per_10000,(\d+),/m;
const committed = readFileSync(join(root, "data", "chart-versions", `${CHART}.json`), "utf8");
const oldVersion = (JSON.parse(committed) as LedgerFile).versions.at(-1)!.version;
let row: { code: string; name: string; year: string; value: number };
let stale: ReturnType<typeof build>;

/** Adds one to the site's own council's latest rate in `dataDir`'s looked-after.csv, whose content folder is `contentDir`; returns the row as it was. */
function bumpLatestRate(dataDir: string, contentDir: string): typeof row {
  const lines = readFileSync(join(dataDir, "looked-after.csv"), "utf8").split("\n");
  const site = /area:\s*([A-Z]\d{8})/.exec(readFileSync(join(contentDir, "site.yaml"), "utf8"))![1]!;
  const i = lines.findLastIndex((l) => l.startsWith(`${site},`) && l.includes(",looked_after_31_march,rate_per_10000,") && ROW.test(l));
  const m = ROW.exec(lines[i]!)!;
  const found = { code: m[1]!, name: m[2]!, year: m[3]!, value: Number(m[4]) };
  lines[i] = lines[i]!.replace(`,rate_per_10000,${found.value},`, `,rate_per_10000,${found.value + 1},`);
  writeFileSync(join(dataDir, "looked-after.csv"), lines.join("\n"));
  return found;
}

/**
 * A copy of the small example site (examples/exampleshire), for the builds that must stop:
 * the same engine, page kinds and checks as this site, in a build a quarter as long.
 */
function exampleCopy(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, "examples", "exampleshire"), dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  cpSync(join(root, "data"), data, { recursive: true });
  row = bumpLatestRate(data, join(root, "content"));
  // In CI, with the committed ledger: the build must stop before writing anything.
  const staleSite = exampleCopy("stale-site");
  bumpLatestRate(join(staleSite, "data"), join(staleSite, "content"));
  stale = build(join(work, "stale"), { SITE_DIR: relative(root, staleSite) });
  const r = build(out, { URL: SITE, SITE_AS_OF: "2018-10-20", FEEDBACK_CONFIG: "test/fixtures/feedback/open.yaml", DATA_DIR: data, CHART_VERSIONS: "append" });
  if (r.status !== 0) throw new Error(`the variant build failed:\n${r.stdout}\n${r.stderr}`);
}, 480_000);

describe(`built with URL=${SITE}`, () => {
  it("/about/ says who publishes the site and how to reach them, and no page says it is an unpublished preview", () => {
    const about = doc("about/index.html");
    const publisher = about.querySelector("#publisher")!;
    expect(publisher.textContent).toContain(`Published by ${PUBLISHER.PUBLISHER_NAME}.`);
    expect(publisher.querySelector(`a[href="${PUBLISHER.PUBLISHER_CONTACT}"]`)).not.toBeNull();
    for (const f of files(out).filter((f) => f.endsWith(".html"))) expect(readFileSync(f, "utf8"), f).not.toContain("data-unpublished");
  });

  it("no file names localhost or a loopback address", () => {
    const found: string[] = [];
    let read = 0;
    for (const f of files(out)) {
      const bytes = readFileSync(f);
      if (bytes.includes(0)) continue; // binary (PNG, Pagefind's compressed index): PNGs are checked below
      read++;
      bytes.toString("utf8").split("\n").forEach((l, i) => {
        const m = /localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]/i.exec(l);
        if (m) found.push(`${relative(out, f)}:${i + 1}: ${m[0]}`);
      });
    }
    expect(found).toEqual([]);
    // The scan covered every kind of text the site publishes.
    const kinds = new Set(files(out).map((f) => extname(f)));
    for (const ext of [".html", ".json", ".xml", ".ics", ".svg", ".csv"]) expect(kinds).toContain(ext);
    expect(read).toBeGreaterThan(50);
  });

  it("every link meant to be copied or shared uses the public address", () => {
    const ids = readdirSync(join(out, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const page = doc(`charts/${id}/index.html`);
      expect(page.querySelector(".embed-code-field")!.textContent).toContain(`${SITE}/embed/${id}/`);
      expect(page.querySelector(".chart-cite")!.textContent).toContain(`${SITE}/charts/${id}/`);
      expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(`${SITE}/charts/${id}.card.png`);
      expect(page.querySelector('meta[name="twitter:image"]')!.getAttribute("content")).toBe(`${SITE}/charts/${id}.card.png`);
      expect(page.querySelector('link[type="application/json+oembed"]')!.getAttribute("href")).toBe(`${SITE}/oembed/${id}.json`);
      // A build for publishing is not a preview, and does not say it is.
      expect(page.querySelector("[data-local-preview]")).toBeNull();
      expect(JSON.parse(readFileSync(join(out, `oembed/${id}.json`), "utf8")).provider_url).toBe(`${SITE}/`);
      // The source line printed under the chart, and the PNG drawn from that same SVG.
      const svg = readFileSync(join(out, `charts/${id}.svg`), "utf8");
      expect(svg).toContain(`>${SITE}/charts/${id}/</text>`);
      expect(Buffer.from(svgToPng(svg)).equals(readFileSync(join(out, `charts/${id}.png`)))).toBe(true);
    }
    expect(readFileSync(join(out, "timeline.xml"), "utf8")).toContain(`<link>${SITE}/timeline/#event-`);
    expect(readFileSync(join(out, "timeline.ics"), "utf8")).toContain(`URL:${SITE}/timeline/`);
    expect(doc("sources/index.html").querySelector('script[type="application/ld+json"]')!.textContent).toContain(`"url":"${SITE}/sources/"`);
  });
});

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

describe("built with the open fixture config (FEEDBACK_CONFIG), as of 20 October 2018", () => {
  it("every chart page links to the form with its own id as the section", () => {
    for (const id of readdirSync(join(out, "charts"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const link = page(out, `charts/${id}/index.html`).querySelector(`.respond-link[data-section="${id}"] a.respond-link-action`)!;
      expect(link.textContent).toMatch(/^Respond to this section/);
      expect(new URL(link.getAttribute("href")!).searchParams.get("topic")).toBe(id);
    }
  });

  it("every section of /proposal/ links to the form with its own id as the section", () => {
    const sections = [...page(out, "proposal/index.html").querySelectorAll("main section[id]")];
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) {
      const link = section.querySelector(`.respond-link[data-section="${section.id}"] a.respond-link-action`)!;
      expect(link.textContent).toMatch(/^Respond to this section/);
      expect(new URL(link.getAttribute("href")!).searchParams.get("topic")).toBe(section.id);
    }
  });

  it("/respond/ for a live consultation links the form and prompts readers to respond (only this state does)", () => {
    const respond = page(out, "respond/index.html");
    expect(respond.querySelector("#before-you-respond")).not.toBeNull();
    expect(respond.querySelector('main a[href="https://consult.example.org/form?ref=homes"]')).not.toBeNull();
  });

  it("/respond/ says the consultation is open with 41 days left", () => {
    expect(page(out, "respond/index.html").querySelector("[data-consultation]")!.textContent).toContain("open until 30 November 2018: 41 days left");
  });
});

describe("a local address planted in the content", () => {
  it("stops a build for Cloudflare Pages, naming the file, and writes nothing", () => {
    const site = exampleCopy("planted-site");
    const planted = join(work, "planted", "dist");
    const about = join(site, "content", "pages", "about.md");
    const text = readFileSync(about, "utf8");
    expect(text).toContain("## Method\n");
    writeFileSync(about, text.replace("## Method\n", "## Method\n\nA [preview](http://localhost:4321/preview/) of the method.\n"));
    const r = build(planted, { CF_PAGES_URL: "https://abc123.example.pages.dev", SITE_DIR: relative(root, site) });
    expect(r.status).toBe(1);
    expect(`${r.stdout}\n${r.stderr}`).toMatch(/about\/index\.html:\d+: "localhost" names a local address, but this build is for https:\/\/abc123\.example\.pages\.dev\/ \(from CF_PAGES_URL\)/);
    expect(existsSync(planted)).toBe(false);
  });
});

describe("a value changed in data/", () => {
  it("in CI, a ledger that does not record the chart's new content stops the build, naming the ledger", () => {
    expect(stale.status).not.toBe(0);
    expect(stale.stderr + stale.stdout).toMatch(new RegExp(`chart-versions/${CHART}\\.json: the chart's content changed \\(version [0-9a-f]{12}\\) and the committed ledger does not record it`));
    expect(existsSync(join(work, "stale"))).toBe(false);
  });

  it("gives the chart a new version, appended: the ledger's earlier entries stay byte for byte", () => {
    const now = ledger(data);
    const before = JSON.parse(committed) as LedgerFile;
    expect(now.versions).toHaveLength(before.versions.length + 1);
    expect(now.versions.slice(0, -1)).toEqual(before.versions);
    expect(now.versions.at(-1)!.version).not.toBe(oldVersion);
    expect(now.versions.at(-1)!.reason).toBe("correction");
  });

  it("keeps the old version's page, CSV and embed, showing the old figure; the latest shows the new", () => {
    const newVersion = ledger(data).versions.at(-1)!.version;
    // The table's cell for the row's area and year, whichever way round the table is laid out.
    const cell = (path: string) => {
      const d = doc(path);
      const heads = [...d.querySelectorAll("figure.chart table thead th")].map((th) => th.textContent!.trim());
      const rows = [...d.querySelectorAll("figure.chart table tbody tr")].map((r) => [...r.querySelectorAll("th, td")].map((c) => c.textContent!.trim()));
      const [across, down] = heads.includes(row.year) ? [row.year, row.name] : [row.name, row.year];
      return rows.find((r) => r[0] === down)![heads.indexOf(across)]!;
    };
    expect(cell(`charts/${CHART}/v/${oldVersion}/index.html`)).toBe(String(row.value));
    expect(cell(`embed/${CHART}/v/${oldVersion}/index.html`)).toBe(String(row.value));
    expect(cell(`charts/${CHART}/v/${newVersion}/index.html`)).toBe(String(row.value + 1));
    expect(cell(`charts/${CHART}/index.html`)).toBe(String(row.value + 1));
    const csvValue = (v: string) => readFileSync(join(out, "charts", CHART, "v", `${v}.csv`), "utf8").split("\n").find((l) => l.includes(`,${row.code},${row.year},looked_after_31_march,rate_per_10000,`))!;
    expect(csvValue(oldVersion)).toContain(`,rate_per_10000,${row.value},`);
    expect(csvValue(newVersion)).toContain(`,rate_per_10000,${row.value + 1},`);
  });

  it("the old embed and the old version's page say there are newer figures and what changed; the old page lists the value old → new", () => {
    for (const path of [`embed/${CHART}/v/${oldVersion}/index.html`, `charts/${CHART}/v/${oldVersion}/index.html`]) {
      const line = doc(path).querySelector(".embed-newer, .version-newer")!;
      expect(line.hasAttribute("hidden"), path).toBe(false);
      expect(line.textContent!.replace(/\s+/g, " ").trim()).toBe("A newer version: a correction revised 1 value. See the latest.");
      expect(line.querySelector("a")!.getAttribute("href")).toMatch(new RegExp(`/charts/${CHART}/$`));
    }
    const changes = [...doc(`charts/${CHART}/v/${oldVersion}/index.html`).querySelectorAll(".version-changes li")].map((li) => li.textContent);
    expect(changes).toEqual([expect.stringMatching(new RegExp(`${row.name}.*${row.year}.*: ${row.value} → ${row.value + 1}$`))]);
    const json = JSON.parse(readFileSync(join(out, "charts", CHART, "versions.json"), "utf8")) as { latest: string; versions: { version: string; newer: string | null }[] };
    expect(json.versions.find((v) => v.version === oldVersion)!.newer).toBe("A newer version: a correction revised 1 value. See the latest.");
    expect(json.latest).toBe(ledger(data).versions.at(-1)!.version);
  });

  it("the embed code and citation on the chart page pin the new version", () => {
    const d = doc(`charts/${CHART}/index.html`);
    const newVersion = ledger(data).versions.at(-1)!.version;
    expect(d.querySelector("textarea.embed-code-field")!.textContent).toContain(`/embed/${CHART}/v/${newVersion}/`);
    expect(d.querySelector(".chart-cite")!.textContent).toContain(`/charts/${CHART}/v/${newVersion}/`);
  });

  // Versions are recorded by the day, so the new one is among the newest day's, whatever
  // other chart was given a version that day (a ledger records the day, not the time).
  it("/changes/ and /changes.xml list the new version among the newest, with what changed", () => {
    const newVersion = ledger(data).versions.at(-1)!.version;
    const items = [...doc("changes/index.html").querySelectorAll("ol.change-list > li")];
    const dayOf = (li: Element) => li.querySelector("time")!.getAttribute("datetime");
    const newest = items.filter((li) => dayOf(li) === dayOf(items[0]!));
    const entry = newest.find((li) => li.getAttribute("data-version") === newVersion);
    expect(entry, newest.map((li) => li.getAttribute("data-version")).join(", ")).toBeDefined();
    expect(entry!.textContent!.replace(/\s+/g, " ")).toMatch(/a correction to the data: a correction revised 1 value/);
    const feed = readFileSync(join(out, "changes.xml"), "utf8");
    const feedItems = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const item = feedItems.slice(0, newest.length).find((i) => i.includes(`/charts/${CHART}/v/${newVersion}/`));
    expect(item, "the feed's newest items").toBeDefined();
    expect(item).toContain("a correction revised 1 value");
  });
});
