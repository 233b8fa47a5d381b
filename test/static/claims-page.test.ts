/**
 * /claims/ says how many claims it checks, and the number is the claims themselves: the total
 * matches the entries on the page. The tally, the folds and the ClaimReview data hold for
 * every claim. This site's claims (each document's count, the seed documents' claims, the
 * kinds of evidence) are checked in test/story/static/claims-page.test.ts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { DIST } from "../support/pages.ts";

const { document: doc } = parseHTML(readFileSync(join(DIST, "claims", "index.html"), "utf8"));

describe("/claims/ counts its claims", () => {
  it("states a total that is the number of claims on the page", () => {
    const entries = doc.querySelectorAll("li[data-verdict]");
    const total = doc.querySelector("#claims-total data");
    expect(total, "#claims-total").not.toBeNull();
    expect(Number(total!.getAttribute("value"))).toBe(entries.length);
    expect(total!.textContent).toBe(String(entries.length));
  });
});

describe("/claims/ can be scanned", () => {
  const entries = Array.from(doc.querySelectorAll("li[data-verdict]"));

  it("opens with a tally of verdicts whose counts are the claims on the page", () => {
    const rows = Array.from(doc.querySelectorAll(".verdict-tally li[data-tally]"));
    expect(rows.length).toBeGreaterThan(3);
    const verdicts = new Set(entries.map((li) => li.getAttribute("data-verdict")));
    expect(new Set(rows.map((r) => r.getAttribute("data-tally")))).toEqual(verdicts);
    for (const r of rows) {
      const v = r.getAttribute("data-tally")!;
      const n = Number(r.querySelector("data")!.getAttribute("value"));
      expect(n, v).toBe(entries.filter((li) => li.getAttribute("data-verdict") === v).length);
      expect(r.querySelector("data")!.textContent, v).toBe(String(n));
      // The tally gives the verdict's full name, the one the claims carry.
      const named = entries.find((li) => li.getAttribute("data-verdict") === v)!.querySelector(".tag")!.textContent;
      expect(r.querySelector(`.verdict[data-v="${v}"]`)!.textContent, v).toBe(named);
    }
    // The tally comes before the first claim.
    const order = Array.from(doc.querySelectorAll(".verdict-tally, li[data-verdict]"));
    expect(order[0]!.classList.contains("verdict-tally")).toBe(true);
  });

  it("shows each claim and its verdict in a fold's summary, with everything else inside the fold", () => {
    for (const li of entries) {
      const details = li.querySelector(":scope > details");
      expect(details, li.id).not.toBeNull();
      const summary = details!.querySelector(":scope > summary")!;
      expect(summary.querySelector(`.verdict[data-v="${li.getAttribute("data-verdict")}"]`), li.id).not.toBeNull();
      expect(summary.querySelector("h3")!.textContent!.trim().length, li.id).toBeGreaterThan(0);
      // Nothing of the entry lies outside the fold, and the evidence and sources are in it.
      expect(Array.from(li.children).map((c) => c.tagName), li.id).toEqual(["DETAILS"]);
      expect(details!.querySelector(".evidence"), li.id).not.toBeNull();
      expect(details!.querySelector('a[href^="/sources/#"]'), li.id).not.toBeNull();
      expect(details!.hasAttribute("open"), li.id).toBe(false);
    }
  });
});

describe("/claims/ carries a ClaimReview for each verdict", () => {
  const script = doc.querySelector('script[type="application/ld+json"]');
  const ld = JSON.parse(script?.textContent ?? "{}") as { "@graph"?: Record<string, unknown>[] };
  const reviews = ld["@graph"] ?? [];
  const entries = Array.from(doc.querySelectorAll("li[data-verdict]"));

  it("one review per claim, in page order, each pointing at the claim's anchor and giving the verdict the page shows", () => {
    expect(reviews.length).toBe(entries.length);
    for (const [i, li] of entries.entries()) {
      const r = reviews[i] as { "@type": string; url: string; claimReviewed: string; reviewRating: { alternateName: string }; itemReviewed: { "@type": string; author: { name: string }; datePublished?: string } };
      expect(r["@type"]).toBe("ClaimReview");
      expect(r.url.endsWith(`/claims/#${li.id}`), li.id).toBe(true);
      expect(r.claimReviewed.trim().length, li.id).toBeGreaterThan(0);
      expect(r.reviewRating.alternateName, li.id).toBe(li.querySelector(".tag")!.textContent);
      expect(r.itemReviewed["@type"]).toBe("Claim");
      expect(r.itemReviewed.author.name.length, li.id).toBeGreaterThan(0);
    }
  });
});
