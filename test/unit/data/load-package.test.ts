import { describe, expect, it } from "vitest";
import { loadPackage, DataValidationError } from "../../../src/lib/data/load-package.ts";

const descriptor = JSON.stringify({
  name: "p",
  resources: [
    { name: "sources", path: "sources.csv", schema: { fields: [{ name: "id", type: "string" }], primaryKey: ["id"] } },
    {
      name: "facts",
      path: "facts.csv",
      schema: {
        fields: [
          { name: "key", type: "string" },
          { name: "source_id", type: "string" },
        ],
        foreignKeys: [{ fields: ["source_id"], reference: { resource: "sources", fields: ["id"] } }],
      },
    },
  ],
});

const fakeFs = (files: Record<string, string>) => (path: string) => {
  const name = path.split("/").at(-1)!;
  if (!(name in files)) throw new Error("ENOENT");
  return files[name]!;
};

describe("loadPackage(dir, read, cwd)", () => {
  it("loads every resource when all is well", () => {
    const pkg = loadPackage("/p/data", fakeFs({ "datapackage.json": descriptor, "sources.csv": "id\ndfe\n", "facts.csv": "key,source_id\na,dfe\n" }), "/p");
    expect(pkg.resources.get("facts")?.rows[0]?.row).toEqual({ key: "a", source_id: "dfe" });
  });

  it("rejects an unknown source id with file, line and field", () => {
    const read = fakeFs({ "datapackage.json": descriptor, "sources.csv": "id\ndfe\n", "facts.csv": "key,source_id\na,dfe\nb,bbc\n" });
    expect(() => loadPackage("/p/data", read, "/p")).toThrow(DataValidationError);
    try {
      loadPackage("/p/data", read, "/p");
    } catch (e) {
      expect((e as DataValidationError).errors).toEqual(['data/facts.csv:3: source_id: unknown sources id "bbc"']);
    }
  });

  it("collects errors from every file before failing", () => {
    const read = fakeFs({ "datapackage.json": descriptor, "sources.csv": "id\ndfe\ndfe\n", "facts.csv": "" });
    try {
      loadPackage("/p/data", read, "/p");
      expect.fail("should have thrown");
    } catch (e) {
      expect((e as DataValidationError).errors).toEqual([
        "data/sources.csv:3: id: duplicate primary key (dfe) first seen on line 2",
        "data/facts.csv:1: (file): the file is empty; expected a header row",
      ]);
    }
  });

  it("names a file the descriptor lists but that cannot be read", () => {
    const read = fakeFs({ "datapackage.json": descriptor, "sources.csv": "id\ndfe\n" });
    expect(() => loadPackage("/p/data", read, "/p")).toThrow(/data\/facts\.csv:1: \(file\): listed in data\/datapackage\.json/);
  });
});

describe("loadPackage refuses a resource path or licence link that leads off the data folder", () => {
  const withPath = (path: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ name: "p", resources: [{ name: "sources", path, schema: { fields: [{ name: "id", type: "string" }] }, ...extra }] }, null, 2);
  const errorsOf = (text: string) => {
    const read = (p: string) => (p.endsWith("datapackage.json") ? text : "id\ndfe\n");
    try {
      loadPackage("/p/data", read, "/p");
    } catch (e) {
      return (e as DataValidationError).errors;
    }
    return [];
  };

  it.each([
    ["a parent folder", "../../etc/passwd.csv", 6],
    ["an absolute path", "/etc/passwd", 6],
    ["a sub-folder", "private/secret.csv", 6],
    ["a backslash path", "..\\secret.csv", 6],
    ["a URL", "https://evil.example/x.csv", 6],
    ["a file that is not a CSV", "notes.txt", 6],
    ["a hidden file", ".env.csv", 6],
    ["not a string (the resource's line)", ["a.csv", "b.csv"], 5],
  ])("%s, naming the descriptor's line and field", (_what, path, line) => {
    expect(errorsOf(withPath(path))).toEqual([expect.stringMatching(new RegExp(`^data/datapackage\\.json:${line}: resources\\.0\\.path: .* is not the name of a \\.csv file in data/`))]);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "//evil.example/l"])("a licence path %s, naming its line", (path) => {
    expect(errorsOf(withPath("sources.csv", { licenses: [{ name: "x", path }] }))).toEqual([expect.stringMatching(/^data\/datapackage\.json:\d+: resources\.0\.licenses\.0\.path: .* is not an http: or https: address/)]);
  });

  it("accepts a plain file name and an https licence", () => {
    expect(errorsOf(withPath("sources.csv", { licenses: [{ name: "OGL", path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" }] }))).toEqual([]);
  });
});
