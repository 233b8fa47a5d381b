/** What the claims check calls its verdicts and evidence grades (plain module: tests import it; read when called, not on import); the words are content (content/ui.yaml, names). */
import type { Claim } from "../../schemas/claim.ts";
import { ui } from "./ui.ts";
import type { SiteConfig } from "../../config/config.ts";

/** What each verdict is called on the page; content/pages/claims.md explains each. */
export const verdictNames = (config: SiteConfig): Record<Claim["verdict"], string> => ui(config).names.verdicts;

/** How sure the evidence is, in words (FACTS.md's grades). */
export const confidenceNames = (config: SiteConfig): Record<Claim["confidence"], string> => ui(config).names.confidence;

/** What each kind of evidence is called after its source's name (content/ui.yaml, names.evidenceKinds). */
export const evidenceKindNames = (config: SiteConfig): Record<Claim["basis"][number]["kind"], string> => ui(config).names.evidenceKinds;
