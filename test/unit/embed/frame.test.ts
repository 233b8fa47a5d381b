import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { checkNewer, optionsFromQuery, themeFromQuery } from "../../../src/embed/frame.ts";

describe("themeFromQuery(search)", () => {
  it("reads light and dark", () => {
    expect(themeFromQuery("?theme=light")).toBe("light");
    expect(themeFromQuery("?x=1&theme=dark")).toBe("dark");
  });

  it("follows the reader's preference for anything else", () => {
    for (const q of ["", "?theme=", "?theme=Dark", "?theme=blue", "?theme=dark%22%3E"]) expect(themeFromQuery(q)).toBeNull();
  });
});

describe("optionsFromQuery(search)", () => {
  it("reads plain=1 and static=1 (or true) with the theme, in any order", () => {
    expect(optionsFromQuery("?static=1&theme=dark&plain=true")).toEqual({ theme: "dark", plain: true, static: true, area: null });
    expect(optionsFromQuery("?plain=1")).toEqual({ theme: null, plain: true, static: false, area: null });
  });

  it("gives the full, interactive chart for no options and for values it does not know", () => {
    for (const q of ["", "?plain=0", "?plain=yes&static=", "?static=no", "?PLAIN=1", "?area="]) expect(optionsFromQuery(q)).toEqual({ theme: null, plain: false, static: false, area: null });
  });

  it("reads area= alongside static=1", () => {
    expect(optionsFromQuery("?static=1&area=E10000034")).toEqual({ theme: null, plain: false, static: true, area: "E10000034" });
  });
});

describe("checkNewer(doc, fetch): a pinned embed cached before a newer version", () => {
  const page = (hidden: boolean) =>
    parseHTML(`<main><p class="embed-newer" data-versions="/charts/c/versions.json" data-version="aaa" data-latest-href="https://site.example/charts/c/"${hidden ? " hidden" : ""}></p></main>`).document;
  const json = (body: unknown) => (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
  const newer = { latest: "bbb", versions: [{ version: "aaa", newer: "A newer version: a correction revised 1 value. See the latest." }, { version: "bbb", newer: null }] };

  it("shows the line from versions.json, linking the latest, when a newer version exists", async () => {
    const doc = page(true);
    await checkNewer(doc, json(newer));
    const line = doc.querySelector<HTMLElement>(".embed-newer")!;
    expect(line.hidden).toBe(false);
    expect(line.querySelector("a")!.getAttribute("href")).toBe("https://site.example/charts/c/");
    expect(line.textContent).toBe("A newer version: a correction revised 1 value. See the latest.");
  });

  it("leaves the line hidden for the latest version, or when the file cannot be read", async () => {
    for (const f of [json({ latest: "aaa", versions: [{ version: "aaa", newer: null }] }), (async () => new Response("", { status: 404 })) as unknown as typeof fetch, (async () => { throw new Error("offline"); }) as unknown as typeof fetch]) {
      const doc = page(true);
      await checkNewer(doc, f);
      expect(doc.querySelector<HTMLElement>(".embed-newer")!.hidden).toBe(true);
    }
  });
});
