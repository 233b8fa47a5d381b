/**
 * Finds reader-facing wording written into TypeScript: string and template literals that
 * read as a sentence of four or more words. Wording a reader sees belongs in the engine's
 * defaults (src/lib/content/ui.defaults.yaml) or a site's content/, where a site can change
 * it; code only fills its slots. Messages for the people who write a site's files (an
 * error naming file, line and field, a console line) are code's own and are left out.
 * Parsed with TypeScript's own parser, so a literal, a comment and an import are told
 * apart exactly.
 */
import ts from "typescript";

export interface CodeText {
  line: number;
  text: string;
}

/**
 * Four or more words of letters: what a sentence is, and an identifier, a class list or a
 * path is not. Markup's tags and attributes and a stylesheet's rules are not words.
 */
export function isSentence(text: string): boolean {
  const prose = text.replace(/<[^>]*>?/g, " ").replace(/[^{}]*\{[^}]*\}/g, " ");
  const words = prose.split(/\s+/).filter((w) => /^[("'‘“]?[A-Za-z][a-z'’-]*[)"'’”.,:;?!]*$/.test(w));
  return words.length >= 4;
}

// Calls whose strings are messages to a site's authors or developers, not to readers.
const DEVELOPER_CALL = /(^|\.)(console\.\w+|addIssue|refine|superRefine|regex|err|warn|fail|stop|problem\w*|(problem|error|issue)s?\.push)$/i;

/** Whether `node` sits where its text goes to a developer or a site's author: an error, a console line, a validation message. */
function forDevelopers(node: ts.Node): boolean {
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isThrowStatement(p)) return true;
    if (ts.isNewExpression(p) && /Error$/.test(p.expression.getText())) return true;
    if (ts.isCallExpression(p) && DEVELOPER_CALL.test(p.expression.getText())) return true;
    if (ts.isPropertyAssignment(p) && /^(message|error)$/.test(p.name.getText())) return true;
    if (ts.isFunctionLike(p)) {
      // A function whose name says it builds a problem message ("problemsOf", "checkError").
      const name = (p as ts.FunctionLikeDeclaration).name?.getText() ?? (ts.isVariableDeclaration(p.parent) ? p.parent.name.getText() : "");
      if (/problem|error|issue|usage/i.test(name)) return true;
    }
  }
  return false;
}

/** Every reader-facing sentence written as a literal in one TypeScript source, with its line. */
export function findCodeText(source: string, fileName = "file.ts"): CodeText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: CodeText[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    // A template's slots are not counted as words: "${a} was higher than ${b}" has four.
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" … ");
    if (text !== null && isSentence(text) && !forDevelopers(node)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.replace(/\s+/g, " ").trim() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
