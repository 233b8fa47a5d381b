import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Missing } from "../../../../src/format/table-schema.ts";
import { defaultAreas } from "../../../../scripts/importers/dfe-looked-after/areas.ts";
import { loadSiteConfig } from "../../../../src/config/config.ts";
const config = loadSiteConfig(process.env);
const DEFAULT_AREAS = defaultAreas(config.areas);
import { readDfeFile, parseValue, type DfeValue } from "../../../../scripts/importers/dfe-looked-after/read-dfe-file.ts";
import { FIXTURES } from "./project.ts";

const CODES = ["", "c", "z", "x", "u", ":", "..", "low", "k"];
const read = (path: string, areas: readonly string[] = DEFAULT_AREAS) => readDfeFile(path, "f.csv", { areas, siteAreas: config.areas, missingCodes: CODES });
const find = (values: DfeValue[], area: string, year: number, measure: string, unit: string) =>
  values.find((v) => v.areaCode === area && v.year === year && v.measure === measure && v.unit === unit);
const tmp = (name: string, text: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "dfe-")), name);
  writeFileSync(path, text);
  return path;
};

describe("readDfeFile(path, file, options)", () => {
  it("reads the newer layout (population_type, children_count, 'on 31 March') past a byte-order mark", async () => {
    const f = await read(join(FIXTURES, "new-layout.csv"));
    expect(f.errors).toEqual([]);
    expect(f.firstYear).toBe(2021);
    expect(f.lastYear).toBe(2025);
    expect(find(f.values, "E10000034", 2025, "looked_after_31_march", "number")).toMatchObject({ value: 1036, areaName: "Worcestershire", line: 6 });
    expect(find(f.values, "E92000001", 2025, "started", "rate_per_10000")?.value).toBe(26);
    expect(find(f.values, "E12000005", 2025, "looked_after_31_march", "rate_per_10000")?.value).toBe(86);
    expect(f.stockWording).toBe("Children looked after on 31 March each year");
  });

  it("reads the older layout (population_count, number, 'at 31 March') with columns in another order and CRLF", async () => {
    const f = await read(join(FIXTURES, "old-layout.csv"));
    expect(f.errors).toEqual([]);
    expect(f.lastYear).toBe(2021);
    expect(find(f.values, "E10000034", 2021, "looked_after_31_march", "rate_per_10000")?.value).toBe(72);
    expect(find(f.values, "E10000034", 2021, "started", "number")?.value).toBe(204);
    expect(find(f.values, "E12000005", 2018, "looked_after_31_march", "number")?.value).toBe(10060);
  });

  it("keeps every suppression code as a Missing with its code, never 0", async () => {
    const f = await read(join(FIXTURES, "new-layout.csv"), [...DEFAULT_AREAS, "E06000023", "E10000016"]);
    const code = (area: string, measure: string, unit: string) => find(f.values, area, 2025, measure, unit)?.value;
    expect(code("E10000034", "started", "number")).toEqual(new Missing("c"));
    expect(code("E10000034", "ceased", "number")).toEqual(new Missing("z"));
    expect(code("E10000034", "ceased", "rate_per_10000")).toEqual(new Missing("x"));
    expect(code("E10000012", "looked_after_31_march", "number")).toEqual(new Missing("u"));
    expect(code("E10000012", "looked_after_31_march", "rate_per_10000")).toEqual(new Missing(":"));
    expect(code("E06000023", "looked_after_31_march", "number")).toEqual(new Missing(".."));
    expect(code("E06000023", "looked_after_31_march", "rate_per_10000")).toEqual(new Missing("low"));
    expect(code("E10000016", "looked_after_31_march", "number")).toEqual(new Missing("k"));
    expect(f.values.filter((v) => v.value === 0)).toEqual([]);
  });

  it("extracts only the configured areas and the three measures", async () => {
    const f = await read(join(FIXTURES, "new-layout.csv"), ["E10000016"]);
    expect(f.values.map((v) => `${v.measure} ${v.unit}`)).toEqual(["looked_after_31_march number", "looked_after_31_march rate_per_10000"]);
    expect(f.areasFound).toEqual(["E10000016"]);
  });

  it("reads North Yorkshire's successor code as the code the project uses", async () => {
    const f = await read(join(FIXTURES, "new-layout.csv"));
    expect(find(f.values, "E10000023", 2025, "looked_after_31_march", "number")).toMatchObject({ value: 561, fileAreaCode: "E06000065" });
  });

  it("returns the file's SHA-256", async () => {
    const path = join(FIXTURES, "old-layout.csv");
    const f = await read(path);
    expect(f.sha256).toBe(createHash("sha256").update(readFileSync(path)).digest("hex"));
  });

  it("names file, line and column for a value that is neither a number nor a code", async () => {
    const text = readFileSync(join(FIXTURES, "new-layout.csv"), "utf8").replace(",120119,1036,86", ",120119,1O36,86");
    const f = await read(tmp("bad.csv", text));
    expect(f.errors).toEqual([expect.stringMatching(/^f\.csv:6: children_count: "1O36" is not a number or a DfE suppression code/)]);
  });

  it("counts lines through a quoted newline, so a later error names the right line", async () => {
    const text = readFileSync(join(FIXTURES, "new-layout.csv"), "utf8")
      .replace('"Bristol, City of"', '"Bristol,\nCity of"')
      .replace(",117526,204,17", ",117526,2o4,17");
    const f = await read(tmp("lines.csv", text));
    expect(f.errors).toEqual([expect.stringMatching(/^f\.csv:16: children_count: "2o4"/)]);
  });

  it("names a ragged row, a missing column and an empty file", async () => {
    const ragged = readFileSync(join(FIXTURES, "new-layout.csv"), "utf8").replace(",32270,26\n", ",32270\n");
    expect((await read(tmp("r.csv", ragged))).errors).toEqual(["f.csv:3: (row): row has 13 fields, the header has 14"]);
    const noRate = readFileSync(join(FIXTURES, "new-layout.csv"), "utf8").replace(",rate_per_10000\n", ",rate\n");
    expect((await read(tmp("m.csv", noRate))).errors).toEqual(["f.csv:1: rate_per_10000: missing column"]);
    expect((await read(tmp("e.csv", ""))).errors).toEqual(["f.csv:1: (file): the file is empty; expected a header row"]);
  });

  it("keeps characters whole across the stream's chunk boundaries", async () => {
    const header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,population_type,population_estimate,children_count,rate_per_10000";
    const name = `Ynys M${"ô".repeat(100)}n`;
    const rows = Array.from({ length: 4000 }, (_, i) => `${2000 + (i % 26)},Reporting year,Local authority,E92000001,England,E12000010,Wales,${i + 1},${name},E0700${String(i).padStart(4, "0")},Children looked after on 31 March each year,1,${i},1`);
    const areas = Array.from({ length: 4000 }, (_, i) => `E0700${String(i).padStart(4, "0")}`);
    const f = await read(tmp("utf8.csv", `${header}\n${rows.join("\n")}\n`), areas);
    expect(f.errors).toEqual([]);
    expect(f.values).toHaveLength(8000);
    expect(f.values.filter((v) => v.areaName !== name)).toEqual([]);
  });

  it("reports progress while reading", async () => {
    const seen: number[] = [];
    await readDfeFile(join(FIXTURES, "new-layout.csv"), "f.csv", { areas: DEFAULT_AREAS, siteAreas: config.areas, missingCodes: CODES, onProgress: (p) => seen.push(p.rows) });
    expect(seen.at(-1)).toBe(15);
  });
});

describe("parseValue(raw, missingCodes)", () => {
  it("reads plain decimals, keeps codes, and refuses anything else", () => {
    expect(parseValue("58.5", CODES)).toBe(58.5);
    expect(parseValue("c", CODES)).toEqual(new Missing("c"));
    expect(parseValue("", CODES)).toEqual(new Missing(""));
    expect(parseValue("1,234", CODES)).toBeNull();
    expect(parseValue("1e3", CODES)).toBeNull();
  });

  describe("refuses a name that is a spreadsheet formula or holds a control character, naming file, line and field", () => {
    const fixture = () => readFileSync(join(FIXTURES, "new-layout.csv"), "utf8");
    it.each([
      ["=", '"=HYPERLINK(""https://evil.example"",""Worcestershire"")"'],
      ["+", "+Worcestershire"],
      ["-", "-2+3+cmd|' /C calc'!A0"],
      ["@", "@SUM(1+1)"],
      ["a tab", '"\t=1+1"'],
      ["a carriage return", '"\r=1+1"'],
    ])("a council name beginning with %s", async (_start, name) => {
      const text = fixture().replace(",885,Worcestershire,E10000034,Children looked after on 31 March", `,885,${name},E10000034,Children looked after on 31 March`);
      const f = await read(tmp("formula.csv", text));
      expect(f.errors).toEqual([expect.stringMatching(/^f\.csv:6: la_name: .*(formula|control character)/)]);
      expect(f.values.filter((v) => v.line === 6)).toEqual([]);
    });

    it("a region name, and a control character in the measure's wording", async () => {
      const region = fixture().replace("E12000005,West Midlands,,,,Children looked after", "E12000005,=West Midlands,,,,Children looked after");
      expect((await read(tmp("region.csv", region))).errors).toEqual([expect.stringMatching(/^f\.csv:5: region_name: "=West Midlands" begins with "="/)]);
      const bell = fixture().replace(",885,Worcestershire,E10000034,Children looked after on 31 March", ",885,Worcester\u0007shire,E10000034,Children looked after on 31 March");
      expect((await read(tmp("bell.csv", bell))).errors).toEqual([expect.stringMatching(/^f\.csv:6: la_name: control character U\+0007/)]);
    });

    it("in the all-councils import too", async () => {
      const text = fixture().replace(",885,Worcestershire,E10000034,Children looked after on 31 March", ",885,@Worcestershire,E10000034,Children looked after on 31 March");
      const f = await readDfeFile(tmp("all.csv", text), "f.csv", { areas: [], siteAreas: config.areas, allLocalAuthorities: true, missingCodes: CODES });
      expect(f.errors).toEqual([expect.stringMatching(/^f\.csv:6: la_name: "@Worcestershire" begins with "@"/)]);
    });

    it("a hyphen or an = inside a name is a name", async () => {
      const text = fixture().replace(",885,Worcestershire,E10000034,Children looked after on 31 March", ",885,Stoke-on-Trent = x,E10000034,Children looked after on 31 March");
      expect((await read(tmp("ok.csv", text))).errors).toEqual([]);
    });
  });
});
