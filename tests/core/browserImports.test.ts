import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
/** What runs in a browser: the package's browser entries and the preview page. */
const BROWSER_ENTRIES = [
  'src/index.ts',
  'src/core/index.ts',
  'src/connected/index.ts',
  'src/preview-page/main.tsx',
  'src/preview-page/apps.tsx',
];
/** ajv's compiler, and what loads it; its run-time helpers and ajv-formats' formats are plain code. */
const COMPILER = /^(ajv|ajv-formats)$|^ajv\/dist\/(?!runtime\/)/;

/** Every module an entry loads at run time (type-only imports left out) and the packages they name. */
function runtimeGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const pending = [resolve(ROOT, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
    for (const specifier of runtimeSpecifiers(source)) {
      if (!specifier.startsWith('.')) {
        if (!packages.has(specifier)) packages.set(specifier, file.slice(ROOT.length));
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (existsSync(target) && /\.tsx?$/.test(target)) pending.push(target);
    }
  }
  return { files, packages };
}

function runtimeSpecifiers(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('what a browser loads (issue 12)', () => {
  it.each(BROWSER_ENTRIES)("%s loads no part of ajv's compiler, which needs new Function", (entry) => {
    const { files, packages } = runtimeGraph(entry);
    expect(files.size).toBeGreaterThan(5);
    const compiler = [...packages].filter(([name]) => COMPILER.test(name)).map(([name, from]) => `${name} (${from})`);
    expect(compiler).toEqual([]);
  });

  it('sees a compiler import where there is one', () => {
    const { packages } = runtimeGraph('src/core/node/index.ts');
    expect([...packages.keys()].filter((name) => COMPILER.test(name))).not.toEqual([]);
  });
});
