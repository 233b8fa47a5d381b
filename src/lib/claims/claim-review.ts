/**
 * schema.org ClaimReview structured data for /claims/: one review per claim, so search engines
 * can show the verdict beside the claim. Google's fact-check guidance asks for claimReviewed,
 * reviewRating with alternateName (the verdict in words) and url (the page with an anchor to
 * the review); it recommends author (who published the review) and itemReviewed, a Claim
 * with its own author, datePublished and appearance. Our verdicts are words, not points on a
 * scale of truth, so the rating carries no number.
 *
 * The review's author is the site's publisher (content/site.yaml); while none is published,
 * the reviews name no author rather than invent one. A claim's date is given only as
 * precisely as its record gives it (YYYY-MM for the scrutiny minute, whose day is inferred).
 */

/** One claim as the page shows it, in plain words. */
export interface ReviewedClaim {
  id: string;
  /** The claim, plain text. */
  claim: string;
  /** The verdict's name, as the page shows it. */
  verdictName: string;
  /** The reason for the verdict, plain text. */
  reason: string;
  /** Who made the claim: a person the document names, or the document's body. */
  claimant: { type: "Person" | "Organization"; name: string; jobTitle?: string | undefined };
  /** When, as precisely as the record gives it (YYYY-MM-DD or YYYY-MM), if known. */
  claimDate?: string | undefined;
  /** Where the claim appeared: the document's address, if we have one. */
  appearanceUrl?: string | undefined;
}

export interface ClaimReviewOptions {
  /** The claims page's absolute address ("https://example.org/claims/"). */
  pageUrl: string;
  /** The site's publisher, or null while none is published. */
  publisher: { name: string; url?: string | undefined } | null;
}

/** The JSON-LD object: a graph of ClaimReview, one per claim, in page order. */
export function claimReviewJsonLd(claims: readonly ReviewedClaim[], o: ClaimReviewOptions) {
  return {
    "@context": "https://schema.org",
    "@graph": claims.map((c) => ({
      "@type": "ClaimReview",
      "@id": `${o.pageUrl}#${c.id}`,
      url: `${o.pageUrl}#${c.id}`,
      claimReviewed: c.claim,
      ...(o.publisher ? { author: { "@type": "Organization", name: o.publisher.name, ...(o.publisher.url ? { url: o.publisher.url } : {}) } } : {}),
      reviewRating: { "@type": "Rating", alternateName: c.verdictName, ratingExplanation: c.reason },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": c.claimant.type, name: c.claimant.name, ...(c.claimant.jobTitle ? { jobTitle: c.claimant.jobTitle } : {}) },
        ...(c.claimDate ? { datePublished: c.claimDate } : {}),
        ...(c.appearanceUrl ? { appearance: { "@type": "CreativeWork", url: c.appearanceUrl } } : {}),
      },
    })),
  };
}

/** The JSON-LD as text safe inside a <script> element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
