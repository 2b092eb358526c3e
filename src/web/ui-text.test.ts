import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const WEB = import.meta.dirname;
/** Attributes people read or hear. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
]);
const WORD = /\p{L}{2,}/u;

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return components(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

/** Words written straight into JSX: text between tags, and literal text in attributes people read. */
function hardCodedText(name: string, code: string): string[] {
  const source = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      READ_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORD.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${name}: ${text}`);
}

describe('UI text', () => {
  it('comes from the message files, never written into a component', () => {
    const found = components(WEB).flatMap((file) =>
      hardCodedText(relative(WEB, file), readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('would be caught between tags and in attributes people read, while symbols pass', () => {
    const probe = `<p title="Meny" className="menu">Lagre {count} →<span aria-label={t('x')}>✓</span></p>`;
    expect(hardCodedText('probe.tsx', probe)).toEqual(['probe.tsx: title="Meny"', 'probe.tsx: Lagre']);
  });
});
