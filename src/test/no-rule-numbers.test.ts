// Rule numbers (R1–R17) are for developers: comments and tests may cite them, but nothing an operator reads
// may. This reads every non-test source file the UI or the fake server ships and checks each string literal,
// template text and JSX text (comments are skipped by the parser).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src/app', 'src/components', 'src/features', 'src/domain', 'src/api', 'mocks/handlers'];
const RULE = /\bR(?:[1-9]|1[0-7])\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

export function ruleNumbersIn(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const isText =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node);
    // Import paths and object keys are code, not words.
    const isCode = node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) && node.parent.name === node);
    if (isText && !isCode && RULE.test(node.getText(source))) found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${node.getText(source).trim().slice(0, 80)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('rule numbers stay out of what operators read', () => {
  it('the probe finds a rule number in JSX text and in a string, and none in a comment', () => {
    expect(ruleNumbersIn('a.tsx', 'const a = <p>Keeps its own (R12).</p>;')).toHaveLength(1);
    expect(ruleNumbersIn('a.ts', "const m = 'A worker needs a pool (R1)';")).toHaveLength(1);
    expect(ruleNumbersIn('a.ts', 'const m = `see R13 for ${x}`;')).toHaveLength(1);
    expect(ruleNumbersIn('a.tsx', '// R12: cloud targets\nconst a = <p>{/* R12 */}Plain words</p>;')).toEqual([]);
  });

  it('no shipped source puts R1–R17 in a string or on the page', () => {
    const found = ROOTS.flatMap((root) => files(root)).flatMap((f) => ruleNumbersIn(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
