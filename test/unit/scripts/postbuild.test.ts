import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineScripts } from "../../../scripts/postbuild/no-inline-scripts.ts";
import { redirectLines, writeRedirects } from "../../../scripts/postbuild/stable-urls.ts";
import { parseRedirectsFile } from "../../../scripts/host-rules.ts";

describe("inlineScripts(html)", () => {
  it("finds inline scripts a browser would run", () => {
    expect(inlineScripts('<script>alert(1)</script><script type="module">x</script>')).toHaveLength(2);
  });

  it("allows external scripts and JSON data blocks", () => {
    expect(inlineScripts('<script src="/a.js"></script><script type="module" src="/b.js"></script>')).toEqual([]);
    expect(inlineScripts('<script type="application/ld+json">{}</script>')).toEqual([]);
  });
});

describe("writeRedirects(outDir, ids, redirects, built)", () => {
  const ids = { published: ["old", "new"], planned: [] };
  async function site(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "redirects-"));
    await mkdir(join(dir, "oembed"));
    await writeFile(join(dir, "oembed/new.json"), '{"type":"rich","title":"new"}');
    return dir;
  }

  it("stops the build when a published id has neither chart nor redirect", async () => {
    const dir = await site();
    await expect(writeRedirects(dir, ids, [], ["new"])).rejects.toThrow('"old": published, but no chart has this id');
    expect(existsSync(join(dir, "_redirects"))).toBe(false);
  });

  it("writes redirect pages, the oEmbed copy and _redirects lines for a removed id", async () => {
    const dir = await site();
    await writeRedirects(dir, ids, [{ from: "old", to: "new" }], ["new"]);
    for (const page of ["charts/old/index.html", "embed/old/index.html"]) {
      const html = await readFile(join(dir, page), "utf8");
      const to = page.replace("old/index.html", "new/").replace(/^/, "/");
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}" />`);
      expect(html).toContain(`<a href="${to}">`);
    }
    expect(await readFile(join(dir, "oembed/old.json"), "utf8")).toContain('"title":"new"');
    expect(parseRedirectsFile(await readFile(join(dir, "_redirects"), "utf8"))).toHaveLength(3);
  });

  it("gives every old URL a 301 to the new one", () => {
    expect(parseRedirectsFile(redirectLines({ from: "old", to: "new" }).join("\n"))).toEqual([
      { from: "/charts/old/", to: "/charts/new/", status: 301 },
      { from: "/embed/old/", to: "/embed/new/", status: 301 },
      { from: "/oembed/old.json", to: "/oembed/new.json", status: 301 },
    ]);
  });
});
