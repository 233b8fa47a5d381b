import { describe, expect, it } from "vitest";
import { validateTable } from "../../../src/lib/data/validate-table.ts";
import { Missing, type Resource } from "../../../src/format/table-schema.ts";

const resource: Resource = {
  name: "t",
  path: "t.csv",
  schema: {
    fields: [
      { name: "code", type: "string", constraints: { required: true, pattern: "E[0-9]{2}" } },
      { name: "year", type: "integer", constraints: { required: true, minimum: 2000 } },
      { name: "value", type: "number" },
      { name: "kind", type: "string", constraints: { enum: ["a", "b"] } },
    ],
    missingValues: ["", "c", "z"],
    primaryKey: ["code", "year"],
  },
};
const FILE = "data/t.csv";
const run = (text: string) => validateTable(text, resource, FILE);

describe("validateTable(text, resource, file)", () => {
  it("types every cell from the schema", () => {
    const { rows, errors } = run("code,year,value,kind\nE01,2010,58.5,a\n");
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 2, row: { code: "E01", year: 2010, value: 58.5, kind: "a" } }]);
  });

  it("keeps strings as written: '01' in a string column stays '01'", () => {
    const r = validateTable("code\n01\n", { name: "s", path: "s.csv", schema: { fields: [{ name: "code", type: "string" }] } }, FILE);
    expect(r.rows[0]?.row.code).toBe("01");
  });

  it("turns suppression codes into Missing values that keep their code, never 0", () => {
    const { rows, errors } = run("code,year,value,kind\nE01,2010,c,\nE02,2010,z,b\n");
    expect(errors).toEqual([]);
    expect(rows[0]?.row.value).toEqual(new Missing("c"));
    expect(rows[1]?.row.value).toEqual(new Missing("z"));
    expect(rows[0]?.row.kind).toEqual(new Missing(""));
  });

  it("ignores a byte-order mark, CRLF line endings and a trailing newline", () => {
    const { rows, errors } = run("\uFEFFcode,year,value,kind\r\nE01,2010,1,a\r\nE02,2011,2,b\r\n");
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it("matches columns by name, not position", () => {
    const { rows, errors } = run("year,kind,value,code\n2010,a,1,E01\n");
    expect(errors).toEqual([]);
    expect(rows[0]?.row.code).toBe("E01");
  });

  it("counts lines inside quoted fields, so later errors name the right line", () => {
    const { errors } = run('code,year,value,kind\nE01,2010,1,"a"\nE02,2010,"1\n",a\nE03,20x0,1,a\n');
    expect(errors).toContainEqual(expect.stringMatching(/^data\/t\.csv:3: value: control character U\+000A/));
    expect(errors).toContain('data/t.csv:5: year: "20x0" is not an integer');
  });

  const cases: [string, string, string][] = [
    ["a wrong type", "code,year,value,kind\nE01,2010,1,a\nE02,2o11,1,a\n", 'data/t.csv:3: year: "2o11" is not an integer'],
    ["a ragged row", "code,year,value,kind\nE01,2010,1,a\nE02,2011\n", "data/t.csv:3: value: row has 2 fields, the header has 4"],
    ["an extra field", "code,year,value,kind\nE01,2010,1,a,x\n", "data/t.csv:2: (column 5): extra field: row has 5 fields, the header has 4"],
    ["an unbalanced quote", 'code,year,value,kind\nE01,2010,1,a\nE02,2011,"1,a\n', "data/t.csv:3: (row): a quoted field is never closed"],
    ["a duplicate primary key", "code,year,value,kind\nE01,2010,1,a\nE01,2010,2,b\n", "data/t.csv:3: code+year: duplicate primary key (E01, 2010) first seen on line 2"],
    ["a missing column", "code,year,value\nE01,2010,1\n", "data/t.csv:1: kind: missing column"],
    ["an unknown column", "code,year,value,kind,colour\nE01,2010,1,a,red\n", "data/t.csv:1: colour: unknown column"],
    ["an empty file", "", "data/t.csv:1: (file): the file is empty; expected a header row"],
    ["a blank required value", "code,year,value,kind\n,2010,1,a\n", "data/t.csv:2: code: required value is blank"],
    ["a value outside the enum", "code,year,value,kind\nE01,2010,1,q\n", 'data/t.csv:2: kind: "q" is not one of a, b'],
    ["a value below the minimum", "code,year,value,kind\nE01,1999,1,a\n", "data/t.csv:2: year: 1999 is below the minimum 2000"],
    ["a pattern mismatch", "code,year,value,kind\nX01,2010,1,a\n", 'data/t.csv:2: code: "X01" does not match the pattern E[0-9]{2}'],
    ["a leading zero in a number", "code,year,value,kind\nE01,2010,01,a\n", 'data/t.csv:2: value: "01" is not a number'],
    ["a blank line in the middle", "code,year,value,kind\nE01,2010,1,a\n\nE02,2010,1,a\n", "data/t.csv:3: (row): blank line"],
  ];
  it.each(cases)("rejects %s, naming file, line and field", (_name, text, error) => {
    expect(run(text).errors).toContain(error);
  });

  it("lists every error, not just the first", () => {
    const { errors } = run("code,year,value,kind\nE01,x,1,a\nE02,2010,y,a\nE03,2010,1,q\n");
    expect(errors).toHaveLength(3);
    expect(errors.map((e) => e.split(":")[1])).toEqual(["2", "3", "4"]);
  });
});

describe("validateTable refuses what would break or run downstream", () => {
  const text = (cell: string, value = "1") => `code,year,value,kind\n"${cell.replace(/"/g, '""')}",2010,${value},a\n`;
  const notes: Resource = { name: "n", path: "n.csv", schema: { fields: [{ name: "note", type: "string" }, { name: "value", type: "number" }, { name: "year", type: "integer" }] } };
  const note = (cell: string, value = "1", year = "2010") => validateTable(`note,value,year\n"${cell.replace(/"/g, '""')}",${value},${year}\n`, notes, FILE);

  it.each([
    ["a bell", "Rate\u0007 fell", "U+0007"],
    ["a NUL", "a\u0000b", "U+0000"],
    ["an escape (ESC)", "x\u001b[31m", "U+001B"],
    ["DEL", "x\u007f", "U+007F"],
    ["a C1 control", "x\u0085y", "U+0085"],
    ["a right-to-left override", "abc\u202Edcba", "U+202E"],
    ["a line separator", "a\u2028b", "U+2028"],
    ["a tab inside", "a\tb", "U+0009"],
    ["a line break inside a quoted cell", "a\nb", "U+000A"],
  ])("a control character (%s) in a text cell, naming line and field", (_what, cell, code) => {
    expect(note(cell).errors).toEqual([expect.stringMatching(new RegExp(`^data/t\\.csv:2: note: control character ${code.replace("+", "\\+")} at position \\d+`))]);
  });

  it("a control character in a number cell", () => {
    expect(note("ok", "1\u0007").errors[0]).toMatch(/^data\/t\.csv:2: value: control character U\+0007/);
  });

  it.each([
    ["=", '=HYPERLINK("https://evil.example","Click")'],
    ["+", "+cmd|' /C calc'!A0"],
    ["-", "-2+3+cmd|' /C calc'!A0"],
    ["@", "@SUM(1+1)*cmd|' /C calc'!A0"],
    ["a tab", "\t=1+1"],
    ["a carriage return", "\r=1+1"],
  ])("a text cell beginning with %s, which a spreadsheet runs as a formula", (_start, cell) => {
    const errors = note(cell).errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^data\/t\.csv:2: note: /);
    expect(errors[0]).toMatch(/formula|control character/);
  });

  it("a formula in a constrained text column too (the code column), naming its field", () => {
    expect(run(text("=E01")).errors).toContainEqual(expect.stringMatching(/^data\/t\.csv:2: code: "=E01" begins with "=", which a spreadsheet reads as a formula/));
  });

  it("accepts negative numbers in number and integer columns, and text with = + - @ after its first character", () => {
    const r = note("Rates fell - by 5% (= a third); e-mail @council", "-12.5", "-3");
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.row).toEqual({ note: "Rates fell - by 5% (= a third); e-mail @council", value: -12.5, year: -3 });
  });

  it("a missing-value code is not a formula: a schema may use one such as '-'", () => {
    const dash: Resource = { name: "d", path: "d.csv", schema: { fields: [{ name: "note", type: "string" }], missingValues: ["", "-"] } };
    expect(validateTable("note\n-\n", dash, FILE).errors).toEqual([]);
  });
});

describe("a unique key (Table Schema v2 uniqueKeys)", () => {
  // The all-councils data: a DfE local-authority number once a year, whatever ONS code it is under.
  const keyed: Resource = { ...resource, schema: { ...resource.schema, uniqueKeys: [["value", "year"]] } };

  it("names the line, the key's fields and the line it repeats", () => {
    const r = validateTable("code,year,value,kind\nE01,2021,933,a\nE02,2021,933,a\nE02,2022,933,a\n", keyed, FILE);
    expect(r.errors).toEqual(["data/t.csv:3: value+year: (933, 2021) repeats line 2; the unique key value+year allows one row each"]);
  });

  it("does not check a row where a field of the key is missing", () => {
    expect(validateTable("code,year,value,kind\nE01,2021,,a\nE02,2021,,a\n", keyed, FILE).errors).toEqual([]);
  });
});
