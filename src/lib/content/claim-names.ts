/** What the claims check calls its verdicts and evidence grades (plain module: tests import it; read when called, not on import); the words are content (content/ui.yaml, names). */
import type { Claim } from "../../schemas/claim.ts";
import { ui } from "./ui.ts";

/** What each verdict is called on the page; content/pages/claims.md explains each. */
export const verdictNames = (): Record<Claim["verdict"], string> => ui().names.verdicts;

/** How sure the evidence is, in words (FACTS.md's grades). */
export const confidenceNames = (): Record<Claim["confidence"], string> => ui().names.confidence;

/** What each kind of evidence is called after its source's name (content/ui.yaml, names.evidenceKinds). */
export const evidenceKindNames = (): Record<Claim["basis"][number]["kind"], string> => ui().names.evidenceKinds;
