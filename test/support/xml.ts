/**
 * A strict XML well-formedness check for the SVG the site writes: saxes is a conforming
 * XML 1.0 parser (with namespaces), so a bare `&` or `<` in an attribute or text, an
 * unclosed element or an undeclared prefix is an error, where an HTML parser would let it pass.
 */
import { SaxesParser } from "saxes";

/** Parses `xml`; throws naming `name`, the line and the column of the first fault. */
export function assertWellFormedXml(xml: string, name: string): void {
  const parser = new SaxesParser({ xmlns: true, fileName: name });
  let fault: Error | null = null;
  parser.on("error", (e) => {
    fault ??= e;
  });
  parser.write(xml).close();
  if (fault) throw new Error(`${name} is not well-formed XML: ${(fault as Error).message}`);
}

/** The attributes of every element, by element order, as a strict parser reads them back. */
export function xmlAttributes(xml: string): Record<string, string>[] {
  const parser = new SaxesParser();
  const out: Record<string, string>[] = [];
  parser.on("opentag", (t) => out.push({ ...(t.attributes as Record<string, string>) }));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return out;
}

/** The text content of `xml`, as a strict parser reads it back. */
export function xmlText(xml: string): string {
  const parser = new SaxesParser();
  let text = "";
  parser.on("text", (t) => (text += t));
  parser.on("error", (e) => {
    throw e;
  });
  parser.write(xml).close();
  return text;
}
