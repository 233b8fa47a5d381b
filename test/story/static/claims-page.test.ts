/**
 * This site's /claims/: each document's count matches its section and the fixture of the
 * seed documents' claims (test/fixtures/seed-claims.yaml) is all there; each source of
 * evidence is named with its kind, so trade press is never shown as an official record; and
 * the scrutiny minute's claims carry no day, since the meeting's day is inferred.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { parse } from "yaml";
import { DIST } from "../../support/pages.ts";

const { document: doc } = parseHTML(readFileSync(join(DIST, "claims", "index.html"), "utf8"));
const fixture = parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "seed-claims.yaml"), "utf8")) as { claims: { id: string; document: string }[] };

describe("/claims/ counts its claims", () => {
  it("gives each document's count, matching its section, and holds every seed claim under the right document", () => {
    const nav = Array.from(doc.querySelectorAll("nav li"));
    const sections = Array.from(doc.querySelectorAll("section[id]")).filter((s) => s.querySelector("li[data-verdict]"));
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const s of sections) {
      const li = nav.find((n) => n.querySelector(`a[href="#${s.id}"]`));
      expect(li, s.id).toBeDefined();
      expect(Number(li!.querySelector("data")!.getAttribute("value")), s.id).toBe(s.querySelectorAll("li[data-verdict]").length);
    }
    for (const c of fixture.claims) expect(doc.querySelector(`section#${c.document} li#${c.id}`), `${c.document}: ${c.id}`).not.toBeNull();
  });

  it("names the kind of every source of evidence; trade press is labelled as such", () => {
    const essex = doc.querySelector("li#essex-partner")!;
    const kinds = Array.from(essex.querySelectorAll("[data-evidence-kind]")).map((e) => e.getAttribute("data-evidence-kind"));
    expect(kinds).toEqual(["minute", "trade-press"]);
    expect(essex.textContent).toContain("not an official record");
  });
});

describe("/claims/ carries a ClaimReview for each verdict", () => {
  const script = doc.querySelector('script[type="application/ld+json"]');
  const ld = JSON.parse(script?.textContent ?? "{}") as { "@graph"?: Record<string, unknown>[] };
  const reviews = ld["@graph"] ?? [];
  const entries = Array.from(doc.querySelectorAll("li[data-verdict]"));

  it("gives the scrutiny minute's claims no day, since the meeting's day is inferred", () => {
    const scrutiny = reviews.filter((_, i) => entries[i]!.closest("section")!.id === "scrutiny-minute") as { itemReviewed: { datePublished?: string } }[];
    expect(scrutiny.length).toBeGreaterThan(0);
    for (const r of scrutiny) expect(r.itemReviewed.datePublished).toBe("2018-10");
    expect(script!.textContent).not.toContain("2018-10-25");
  });
});
