/**
 * A chart's ledger (data/chart-versions/<id>.json) is data like any other: a bad one stops
 * the build with an error naming the file, the line and the field, before any page is
 * written from it. Each fault is planted in a copy of a committed ledger.
 */
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodeState, decodeState, LedgerError, MAX_LEDGER_BYTES, readLedger } from "../../../src/features/ledger.ts";

const root = resolve(import.meta.dirname, "..", "..", "..");
const CHART = "money";
const good = readFileSync(join(root, "data", "chart-versions", `${CHART}.json`), "utf8");
const dir = mkdtempSync(join(tmpdir(), "ledger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The committed ledger with `plant` applied to its parsed form, written pretty as the build writes it. */
function planted(plant: (l: { chart: unknown; versions: Record<string, unknown>[] }) => unknown, raw?: string): string {
  const path = join(dir, `${CHART}.json`);
  const ledger = JSON.parse(good) as { chart: unknown; versions: Record<string, unknown>[] };
  plant(ledger);
  writeFileSync(path, raw ?? JSON.stringify(ledger, null, 1) + "\n");
  return path;
}
const read = (path: string) => () => readLedger(path, CHART, "data/chart-versions/money.json");
const first = (l: { versions: Record<string, unknown>[] }) => l.versions[0]!;
const state = (l: { versions: Record<string, unknown>[] }) => decodeState(first(l).state as string) as unknown as Record<string, unknown>;

describe("readLedger(path, chart, shown)", () => {
  it("reads the committed ledger", () => {
    expect(readLedger(planted(() => undefined), CHART, "x").versions.length).toBeGreaterThan(0);
  });

  it.each<[string, (l: { chart: unknown; versions: Record<string, unknown>[] }) => unknown, RegExp]>([
    ["another chart's name", (l) => void (l.chart = "other"), /:2: chart: /],
    ["versions not a list", (l) => void (l.versions = {} as never), /:3: versions: /],
    ["a version that is null", (l) => void (l.versions[0] = null as never), /:\d+: versions\.0: /],
    ["a version id that is not 12 hex digits (it names a folder)", (l) => void (first(l).version = "../../../x"), /:\d+: versions\.0\.version: /],
    ["a version id as a number", (l) => void (first(l).version = 123456789012), /:\d+: versions\.0\.version: /],
    ["a date recorded that is not a date", (l) => void (first(l).recorded = "yesterday"), /:\d+: versions\.0\.recorded: /],
    ["a date recorded that does not exist", (l) => void (first(l).recorded = "2026-02-30"), /:\d+: versions\.0\.recorded: /],
    ["an unknown reason", (l) => void (first(l).reason = "whim"), /:\d+: versions\.0\.reason: /],
    ["a release given as text", (l) => void (first(l).release = "2025"), /:\d+: versions\.0\.release: /],
    ["a release with no label", (l) => void (first(l).release = { id: "x" }), /:\d+: versions\.0\.release\.label: /],
    ["a state that is not deflated JSON", (l) => void (first(l).state = "bm90IGRlZmxhdGVk"), /:\d+: versions\.0\.state: /],
    ["a state missing its drawing", (l) => void (first(l).state = encodeState({ ...state(l), svg: undefined } as never)), /:\d+: versions\.0\.state: svg/],
    ["a state whose CSV rows are not rows", (l) => void (first(l).state = encodeState({ ...state(l), csv: { columns: ["a"], rows: "x" } } as never)), /:\d+: versions\.0\.state: csv\.rows/],
    ["the same version twice", (l) => void l.versions.splice(1, 0, { ...first(l) }), /:\d+: versions\.1\.version: .*already/],
  ])("stops on %s, naming the file, line and field", (_, plant, message) => {
    const path = planted(plant);
    expect(read(path)).toThrow(LedgerError);
    expect(read(path)).toThrow(/^data\/chart-versions\/money\.json:/);
    expect(read(path)).toThrow(message);
  });

  it("stops on JSON that does not parse, naming the file", () => {
    expect(read(planted(() => undefined, good.slice(0, -20)))).toThrow(/^data\/chart-versions\/money\.json: not valid JSON/);
  });

  it("stops on a file too large to be a ledger without reading it", () => {
    const path = planted(() => undefined);
    // Sparse: as large as it says, written in no time.
    truncateSync(path, MAX_LEDGER_BYTES + 1);
    expect(read(path)).toThrow(/^data\/chart-versions\/money\.json: \d+ MB/);
  });
});
