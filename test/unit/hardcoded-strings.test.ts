import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const UI = join(import.meta.dirname, '..', '..', 'src', 'ui');
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'label']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsxFiles(join(dir, entry.name)) : entry.name.endsWith('.tsx') ? [join(dir, entry.name)] : [],
  );
}

/** Words in JSX text or in user-facing attributes that do not come from the i18n catalogs. */
function hardCodedStrings(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(UI, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}{2,}/u.test(node.initializer.text) && !/^https?:\/\/$/.test(node.initializer.text)) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('every user-facing string goes through i18n', () => {
  it('no JSX text or accessible-name attribute in the UI is written out in one language', () => {
    const offenders = tsxFiles(UI).flatMap((file) => hardCodedStrings(file));
    expect(offenders).toEqual([]);
  });
  it('would notice a hard-coded string', () => {
    const probe = hardCodedStrings(join(UI, 'probe.tsx'), 'const x = <button title="Opslaan" aria-label={t("save")}>Klik hier {t("ok")}</button>;');
    expect(probe).toEqual(['probe.tsx:1 title="Opslaan"', 'probe.tsx:1 text "Klik hier"']);
  });
});
