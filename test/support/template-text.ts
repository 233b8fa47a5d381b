/**
 * Finds reader-facing wording written into .astro files: text between tags, and string
 * literals (in the template's expressions, its attributes and the frontmatter) that read
 * as words. Wording belongs in content/ (content/ui.yaml, content/pages/); a page or
 * component only places it. Parsed with Astro's own compiler, so an expression, a string
 * or JSX inside an expression are told apart exactly.
 */
import { parse } from "@astrojs/compiler-rs";

export interface TemplateText {
  line: number;
  text: string;
}

/** Three or more words: what a heading, a label or a sentence is, and an identifier is not. */
export function isWording(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[("'‘“]?[A-Za-z][A-Za-z'’-]*[)"'’”.,:;?!]*$/.test(w));
  return words.length >= 3;
}

// Attributes whose values are never read as words: classes, link types, styles, drawing.
const CODE_ATTRIBUTES = new Set(["class", "rel", "style", "d", "viewBox", "points", "transform", "stroke-dasharray", "autocomplete", "type", "name", "id", "href", "src", "role", "is:inline"]);
// Elements whose content is code, not wording.
const CODE_ELEMENTS = new Set(["script", "style"]);

type Node = { type?: string; [k: string]: unknown };

/** Every piece of wording in one .astro source, with its line. */
export function findTemplateText(source: string): TemplateText[] {
  const { ast } = parse(source) as unknown as { ast: Node };
  const lineAt = (offset: number) => source.slice(0, offset).split("\n").length;
  const found: TemplateText[] = [];
  const add = (text: string, start: number) => {
    if (isWording(text)) found.push({ line: lineAt(start), text: text.trim().replace(/\s+/g, " ") });
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const n = node as Node;
    switch (n.type) {
      case "JSXElement": {
        const name = (n.openingElement as { name: { name?: string } }).name.name ?? "";
        if (CODE_ELEMENTS.has(name)) return;
        break;
      }
      case "JSXAttribute": {
        const name = (n.name as { name?: string; namespace?: { name: string } }).name ?? "";
        if (CODE_ATTRIBUTES.has(String(name))) return;
        break;
      }
      // A developer's error message is for the person building the site, not the reader.
      case "NewExpression":
      case "ThrowStatement":
        return;
      case "ImportDeclaration":
        return;
      case "JSXText":
        add(String(n.value), Number(n.start));
        return;
      case "Literal":
        if (typeof n.value === "string") add(n.value, Number(n.start));
        return;
      case "TemplateElement":
        add(String((n.value as { cooked?: string; raw: string }).cooked ?? (n.value as { raw: string }).raw), Number(n.start));
        return;
    }
    for (const [k, v] of Object.entries(n)) if (k !== "type" && v && typeof v === "object") walk(v);
  };
  walk(ast);
  return found;
}
