/**
 * Every CSV a reader downloads is safe to open in a spreadsheet: a UTF-8 byte-order mark
 * first, and no text cell that a spreadsheet would run as a formula (OWASP's CSV
 * injection list: =, +, -, @, tab, carriage return). Numbers stay numbers, negative ones
 * included. The source form (data/ files) is unchanged: no mark, no escaping.
 */
import { site } from "../../support/site.ts";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { BOM, downloadCsv, downloadTableCsv, writeCsv } from "../../../src/lib/data/write-csv.ts";
import { Missing } from "../../../src/format/table-schema.ts";
import { readCsv } from "../../../src/lib/data/read-csv.ts";
import { chartCsv } from "../../../src/charts/outputs/downloads.ts";
import { chartView } from "../../../src/charts/index.ts";

const ATTACKS = ["=HYPERLINK(\"https://example.org\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1\nsecond line"];

/** The cells as a spreadsheet would read the file: the mark dropped, quotes undone. */
const cells = (csv: string) => Papa.parse<string[]>(csv.slice(BOM.length), { skipEmptyLines: true }).data;

describe("downloadCsv(fields, rows)", () => {
  it("starts with a UTF-8 byte-order mark, once", () => {
    const csv = downloadCsv(["a"], [["10–15"], ["£1.9m"]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).includes(BOM)).toBe(false);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it.each(ATTACKS)("writes the text cell %j with an apostrophe in front, quoted", (attack) => {
    const csv = downloadCsv(["note", "value"], [[attack, 1]]);
    expect(cells(csv)[1]).toEqual([`'${attack}`, "1"]);
    expect(csv).toContain(`"'${attack.replaceAll('"', '""')}"`);
  });

  it("leaves numbers as numbers, negative ones included, and escapes the same text in a text cell", () => {
    const csv = downloadCsv(["value", "note"], [[-5, "-5"], [-3.2, "ordinary text"], [0, null]]);
    expect(cells(csv).slice(1)).toEqual([["-5", "'-5"], ["-3.2", "ordinary text"], ["0", ""]]);
  });

  it("reads back through the project's own reader with the mark dropped", () => {
    const raw = readCsv(downloadCsv(["a", "b"], [["x", 1]]), "test.csv");
    expect(raw.errors).toEqual([]);
    expect(raw.header).toEqual(["a", "b"]);
  });
});

describe("downloadTableCsv(fields, rows)", () => {
  it("writes numbers from typed columns as numbers and escapes text and missing-value codes", () => {
    const csv = downloadTableCsv(["value", "note", "code"], [{ value: -12.5, note: "=1+1", code: new Missing("-") }, { value: 3, note: "fine", code: new Missing("") }]);
    expect(cells(csv).slice(1)).toEqual([["-12.5", "'=1+1", "'-"], ["3", "fine", ""]]);
  });
});

describe("writeCsv(fields, rows): the source form of data/ files", () => {
  it("has no byte-order mark and escapes nothing (the data refuses formulas on the way in)", () => {
    const csv = writeCsv(["a"], [{ a: "=1" }]);
    expect(csv).toBe("a\n=1\n");
  });
});

describe("chartCsv(view)", () => {
  it("escapes a planted formula in a chart's rows and keeps its negative numbers", () => {
    const view = chartView("money", site);
    const planted = { ...view, csv: { columns: ["series", "value"], rows: [["=cmd|' /C calc'!A0", -5], ["@x", 2.5]] } };
    const csv = chartCsv(planted);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(cells(csv).slice(1)).toEqual([["'=cmd|' /C calc'!A0", "-5"], ["'@x", "2.5"]]);
  });
});
