/** The questions tracker and the claims check, rendered and cross-checked. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { getCollection } from "astro:content";
import { source, type Source } from "../data/index.ts";
import { contentDir } from "./content-dir.ts";
import type { SiteConfig } from "../../config/config.ts";
import { meetings, pointHref } from "./meetings.ts";
import { forFile } from "./site-markdown.ts";
import type { Question } from "../../schemas/question.ts";
import { confidenceNames, evidenceKindNames, verdictNames } from "./claim-names.ts";
import { ui } from "./ui.ts";
import { typeset } from "../../format/typography.ts";
import { questionStatusProblems } from "./question-status.ts";

/** What each status is called on the page (content/ui.yaml, names). */
export const statusNames = (config: SiteConfig): Record<Question["status"], string> => ui(config).names.questionStatus;

/**
 * Entries in the order they are written in their file: the file loader keys entries by
 * id and does not keep that order, and the order is editorial (the order of the meeting).
 */
function inFileOrder<T extends { data: { id: string } }>(entries: T[], file: string): T[] {
  const text = readFileSync(file, "utf8");
  const at = (id: string) => text.search(new RegExp(`^- id: ${id}$`, "m"));
  return [...entries].sort((a, b) => at(a.data.id) - at(b.data.id));
}

/** The site's questions and claims files, in its content folder. */
const questionsFile = (config: SiteConfig) => `${contentDir(config)}/questions.yaml`;
const claimsFile = (config: SiteConfig) => `${contentDir(config)}/claims.yaml`;

/** Every question, in file order, with links to its points. */
export async function questions(config: SiteConfig) {
  const QUESTIONS = questionsFile(config);
  const all = await meetings(config);
  const r = await forFile(QUESTIONS, config);
  const entries = inFileOrder(await getCollection("questions"), QUESTIONS);
  const problems = questionStatusProblems(
    entries.map((e) => e.data),
    all,
    relative(process.cwd(), QUESTIONS),
    readFileSync(QUESTIONS, "utf8"),
  );
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return entries.map(({ data: q }) => {
    const asked = pointHref(q.point, all, QUESTIONS);
    return {
      id: q.id,
      questionHtml: r.inline(q.question),
      askedBy: q.askedBy,
      askedHref: asked.href,
      meetingTitle: asked.meeting.short,
      answerHtml: r.block(q.answer),
      answerHrefs: q.answerPoints.map((p) => pointHref(p, all, QUESTIONS).href),
      status: q.status,
      statusName: statusNames(config)[q.status],
      formalRequest: q.formalRequest,
      followUpHtml: r.block(q.followUp ?? ui(config).questions.followUpNotFound),
    };
  });
}

/** Every claim, in file order, with its sources resolved (an unknown source id throws). */
export async function claims(config: SiteConfig) {
  const CLAIMS = claimsFile(config);
  const r = await forFile(CLAIMS, config);
  return inFileOrder(await getCollection("claims"), CLAIMS).map(({ data: c }) => {
    let sources: Source[];
    try {
      sources = c.sourceIds.map((id) => source(id, config));
    } catch (e) {
      throw new Error(`${CLAIMS}: claim "${c.id}": ${(e as Error).message}`);
    }
    return {
      id: c.id,
      document: c.document,
      /** Shown in the claim's <summary>, where a figure's link would be a control in a control. */
      claimHtml: r.claimInControl(c.claim),
      /** Plain-text forms, for the page's structured data. */
      claimText: r.claimPlain(c.claim),
      reasonText: r.plain(c.reason),
      claimant: c.claimant ?? null,
      claimedByHtml: r.inline(c.claimedBy),
      claimedInHtml: r.inline(c.claimedIn),
      verdict: c.verdict,
      verdictName: verdictNames(config)[c.verdict],
      /** True where a check computes the verdict from the data (and the build holds them equal). */
      computed: c.check !== undefined,
      reasonHtml: r.inline(c.reason),
      evidenceHtml: r.block(c.evidence),
      confidence: c.confidence,
      confidenceName: confidenceNames(config)[c.confidence],
      /** Each source with what it is as evidence (null for the claim's own document). */
      sources: sources.map((s) => {
        const kind = c.basis.find((b) => b.source === s.id)?.kind ?? null;
        return { ...s, evidenceKind: kind, evidenceKindName: kind ? typeset(evidenceKindNames(config)[kind]) : null };
      }),
      chart: c.chart ?? null,
    };
  });
}

/** The claims grouped under the documents content/pages/claims.md names, in its order. */
export async function claimsByDocument(sections: readonly { id: string; title: string; sourceId?: string | undefined; claimant?: string | undefined; claimDate?: string | undefined }[], pageFile: string, config: SiteConfig) {
  const CLAIMS = claimsFile(config);
  const list = await claims(config);
  const r = await forFile(pageFile, config);
  for (const c of list) {
    if (!sections.some((s) => s.id === c.document)) throw new Error(`${CLAIMS}: claim "${c.id}": document "${c.document}" is not a section of ${pageFile}`);
  }
  return sections.map((s) => ({ id: s.id, titleHtml: r.inline(s.title), claims: list.filter((c) => c.document === s.id), sourceId: s.sourceId, claimant: s.claimant, claimDate: s.claimDate }));
}
