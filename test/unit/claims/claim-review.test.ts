/** ClaimReview structured data: what Google's fact-check guidance requires, and no author invented. */
import { describe, expect, it } from "vitest";
import { claimReviewJsonLd, jsonLdScript, type ReviewedClaim } from "../../../src/lib/claims/claim-review.ts";

const claim: ReviewedClaim = {
  id: "essex-7",
  claim: "A similar approach in Essex “resulted in a 7 per cent decrease”",
  verdictName: "Cannot be checked: no published source found",
  reason: "We found no Essex source for this figure.",
  claimant: { type: "Organization", name: "Example County Council" },
  claimDate: "2018-10-11",
  appearanceUrl: "https://example.org/news",
};

describe("claimReviewJsonLd", () => {
  it("gives each claim the required claimReviewed, reviewRating.alternateName and url (the page with the claim's anchor), and the claim's author and date", () => {
    const ld = claimReviewJsonLd([claim], { pageUrl: "https://example.org/claims/", publisher: { name: "Example Newsroom", url: "https://example.org/" } });
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@graph"]).toEqual([
      {
        "@type": "ClaimReview",
        "@id": "https://example.org/claims/#essex-7",
        url: "https://example.org/claims/#essex-7",
        claimReviewed: claim.claim,
        author: { "@type": "Organization", name: "Example Newsroom", url: "https://example.org/" },
        reviewRating: { "@type": "Rating", alternateName: claim.verdictName, ratingExplanation: claim.reason },
        itemReviewed: {
          "@type": "Claim",
          author: { "@type": "Organization", name: "Example County Council" },
          datePublished: "2018-10-11",
          appearance: { "@type": "CreativeWork", url: "https://example.org/news" },
        },
      },
    ]);
  });

  it("names no review author while the site has no published publisher, and leaves out what is not known", () => {
    const ld = claimReviewJsonLd([{ ...claim, claimDate: undefined, appearanceUrl: undefined, claimant: { type: "Person", name: "A Person", jobTitle: "Cabinet Member" } }], { pageUrl: "https://example.org/claims/", publisher: null });
    const review = ld["@graph"][0]!;
    expect(review).not.toHaveProperty("author");
    expect(review.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Person", name: "A Person", jobTitle: "Cabinet Member" } });
  });

  it("is safe inside a script element", () => {
    expect(jsonLdScript({ a: "</script><b>" })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
