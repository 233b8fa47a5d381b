/**
 * Chart versions, end to end: a value changed in a copy of data/ (DATA_DIR) and a build
 * give the chart a new version; the old version's page, embed and CSV still exist and show
 * the old figure; the old embed says there are newer figures and what changed; /changes/
 * and its feed list the change. A second build in CI with the changed data and the
 * committed ledger must stop, naming the ledger, and write nothing.
 *
 * Two builds (slow). The copy of data/ starts from the committed ledgers.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";

const root = resolve(import.meta.dirname, "..", "..");
const work = join(root, ".build", `versions-${process.pid}`);
const data = join(work, "data");
const out = join(work, "dist");
const CHART = "rate-per-10000";
afterAll(() => rmSync(work, { recursive: true, force: true }));

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...extra };
  for (const name of ["SITE_URL", "URL", "CF_PAGES_URL", "SITE_AS_OF", "FEEDBACK_CONFIG", "CONTENT_DIR", "DATA_DIR", "CHART_VERSIONS"]) if (!(name in extra)) delete e[name];
  return e;
}
const build = (extra: Record<string, string>) => spawnSync(process.execPath, ["scripts/build.ts"], { cwd: root, env: env({ DATA_DIR: data, ...extra }), encoding: "utf8" });
const doc = (path: string) => parseHTML(readFileSync(join(out, path), "utf8")).document;
interface LedgerFile {
  versions: { version: string; reason: string }[];
}
const ledger = (dir: string): LedgerFile => JSON.parse(readFileSync(join(dir, "chart-versions", `${CHART}.json`), "utf8")) as LedgerFile;

// The council's rate in its latest year, as data/looked-after.csv gives it, and one more.
const ROW = /^(E\d{8}),([^,]+),(\d{4}),looked_after_31_march,rate_per_10000,(\d+),/m;
const committed = readFileSync(join(root, "data", "chart-versions", `${CHART}.json`), "utf8");
const oldVersion = (JSON.parse(committed) as LedgerFile).versions.at(-1)!.version;
let row: { code: string; name: string; year: string; value: number };
let stale: ReturnType<typeof build>;

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  cpSync(join(root, "data"), data, { recursive: true });
  const csv = readFileSync(join(data, "looked-after.csv"), "utf8");
  const lines = csv.split("\n");
  const site = /area:\s*(E\d{8})/.exec(readFileSync(join(root, "content", "site.yaml"), "utf8"))![1]!;
  const i = lines.findLastIndex((l) => l.startsWith(`${site},`) && l.includes(",looked_after_31_march,rate_per_10000,") && ROW.test(l));
  const m = ROW.exec(lines[i]!)!;
  row = { code: m[1]!, name: m[2]!, year: m[3]!, value: Number(m[4]) };
  lines[i] = lines[i]!.replace(`,rate_per_10000,${row.value},`, `,rate_per_10000,${row.value + 1},`);
  writeFileSync(join(data, "looked-after.csv"), lines.join("\n"));
  // In CI, with the committed ledger: the build must stop before writing anything.
  stale = build({ OUT_DIR: join(work, "stale") });
  const r = build({ OUT_DIR: out, CHART_VERSIONS: "append" });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}\n${r.stderr}`);
}, 480_000);

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
      expect(line.textContent!.replace(/\s+/g, " ").trim()).toBe("Newer figures: a correction revised 1 value. See the latest.");
      expect(line.querySelector("a")!.getAttribute("href")).toMatch(new RegExp(`/charts/${CHART}/$`));
    }
    const changes = [...doc(`charts/${CHART}/v/${oldVersion}/index.html`).querySelectorAll(".version-changes li")].map((li) => li.textContent);
    expect(changes).toEqual([expect.stringMatching(new RegExp(`${row.name}.*${row.year}.*: ${row.value} → ${row.value + 1}$`))]);
    const json = JSON.parse(readFileSync(join(out, "charts", CHART, "versions.json"), "utf8")) as { latest: string; versions: { version: string; newer: string | null }[] };
    expect(json.versions.find((v) => v.version === oldVersion)!.newer).toBe("Newer figures: a correction revised 1 value. See the latest.");
    expect(json.latest).toBe(ledger(data).versions.at(-1)!.version);
  });

  it("the embed code and citation on the chart page pin the new version", () => {
    const d = doc(`charts/${CHART}/index.html`);
    const newVersion = ledger(data).versions.at(-1)!.version;
    expect(d.querySelector("textarea.embed-code-field")!.textContent).toContain(`/embed/${CHART}/v/${newVersion}/`);
    expect(d.querySelector(".chart-cite")!.textContent).toContain(`/charts/${CHART}/v/${newVersion}/`);
  });

  it("/changes/ and /changes.xml list the new version first, with what changed", () => {
    const newVersion = ledger(data).versions.at(-1)!.version;
    const first = doc("changes/index.html").querySelector("ol.change-list > li")!;
    expect(first.getAttribute("data-version")).toBe(newVersion);
    expect(first.textContent!.replace(/\s+/g, " ")).toMatch(/a correction to the figures: a correction revised 1 value/);
    const feed = readFileSync(join(out, "changes.xml"), "utf8");
    const item = /<item>([\s\S]*?)<\/item>/.exec(feed)![1]!;
    expect(item).toContain(`/charts/${CHART}/v/${newVersion}/`);
    expect(item).toContain("a correction revised 1 value");
  });
});
