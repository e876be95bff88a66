// Finds user-facing text written in code instead of the catalogues (tests/unit/i18n-catalogue.test.ts):
// JSX text, string literals placed in JSX, and the attributes people read or hear.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Attributes people read (or hear from a screen reader), and props that carry such text.
const READ_ATTRIBUTES = new Set([
  "aria-label",
  "placeholder",
  "title",
  "alt",
  "label",
  "hint",
  "legend",
  "description",
  "aria-description",
]);
// Words that are the same in every language.
const UNTRANSLATED_WORDS = new Set(["EventDesk", "Email", "QR", "CSV", "PDF", "ZIP", "·", "—", "–", "/", "|", "×"]);

function hasWords(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  if (!/\p{L}/u.test(t)) return false;
  return !t.split(" ").every((w) => UNTRANSLATED_WORDS.has(w) || !/\p{L}/u.test(w));
}

export function straysIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) &&
            init.expression &&
            (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
          ? init.expression.text
          : ts.isJsxExpression(init) && init.expression && ts.isTemplateExpression(init.expression)
            ? init.expression.head.text
            : null;
      if (literal !== null && hasWords(literal)) found.push(`${node.name.getText(source)}="${literal}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      ts.isJsxElement(node.parent) &&
      hasWords(node.expression.text)
    ) {
      found.push(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function tsxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...tsxFiles(full));
    else if (full.endsWith(".tsx")) out.push(full);
  }
  return out;
}
