import { describe, expect, it } from "vitest";
import { browserPages } from "../../support/pages.ts";

describe("browserPages(): what the browser suite loads", () => {
  const councils = Array.from({ length: 150 }, (_, i) => `/compare/E${String(6000001 + i).padStart(8, "0")}/`);
  const all = ["/", "/charts/a/", "/charts/a/v/111/", "/charts/b/", "/charts/b/v/222/", "/charts/b/v/333/", "/compare/", "/embed/a/", "/embed/a/v/111/", "/embed/b/v/222/", ...councils].sort();

  it("keeps every other page, a fixed handful of council pages and one chart's version pages", () => {
    const picked = browserPages(all, "E06000050");
    expect(picked.filter((p) => !p.startsWith("/compare/E") && !p.includes("/v/"))).toEqual(all.filter((p) => !p.startsWith("/compare/E") && !p.includes("/v/")));
    expect(picked.filter((p) => p.startsWith("/compare/E"))).toEqual([councils[0], councils[37], "/compare/E06000050/", councils[75], councils[112], councils[149]]);
    expect(picked.filter((p) => p.includes("/v/"))).toEqual(["/charts/a/v/111/", "/embed/a/v/111/"]);
    expect(browserPages(all, "E06000050")).toEqual(picked);
  });
});
