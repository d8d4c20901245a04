import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './markdownBlocks.ts';

/**
 * The package's entry points (package.json `exports`) as the sources they are built from
 * (vite.config.ts `build.lib.entry`), so that snippets import `skjema/core` as a user would.
 */
export const PACKAGE_ENTRIES: Readonly<Record<string, string>> = {
  skjema: 'src/index.ts',
  'skjema/core': 'src/core/index.ts',
  'skjema/core/node': 'src/core/node/index.ts',
  'skjema/client': 'src/client/index.ts',
  'skjema/connected': 'src/connected/index.ts',
  'skjema/preview': 'src/preview/index.ts',
  'skjema/vite': 'src/vite/index.ts',
  // Types only: the `?skjema` modules of the Vite plugin, which a project references once.
  'skjema/vite/client': 'vite-client.d.ts',
  'skjema/element': 'src/element/index.ts',
};

export const TYPED_LANGUAGES: Readonly<Record<string, string>> = { ts: '.ts', tsx: '.tsx', js: '.js', jsx: '.jsx' };

export interface SnippetProblem {
  readonly block: CodeBlock;
  /** `file:line` of the problem in the Markdown file. */
  readonly where: string;
  readonly message: string;
}

/** Where the virtual snippet files live: a folder of the repository, so that node_modules resolves. */
const snippetDir = (root: string) => join(root, 'tests/docs/.snippets');

/**
 * Type-checks code blocks as modules of this repository, strict as its own code. The blocks that
 * share preludes are compiled together, in one program; parsed sources are shared between programs.
 */
export function typeCheckBlocks(root: string, blocks: readonly CodeBlock[], preludeDir: string): SnippetProblem[] {
  const options = compilerOptions(root);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const groups = new Map<string, CodeBlock[]>();
  for (const block of blocks) {
    // JavaScript has no annotations to give its parameters, so it is compiled apart, without noImplicitAny.
    const key = `${isJavaScript(block) ? 'js' : 'ts'}:${[...block.marker.preludes].sort().join(',')}`;
    groups.set(key, [...(groups.get(key) ?? []), block]);
  }
  const problems: SnippetProblem[] = [];
  for (const [key, group] of groups) {
    const [kind, preludeList] = key.split(':');
    const preludes = ['common', ...(preludeList ? preludeList.split(',') : [])].map((name) =>
      resolve(preludeDir, `${name}.d.ts`),
    );
    for (const prelude of preludes) {
      if (!existsSync(prelude)) throw new Error(`No prelude ${prelude} (named by a snippet marker)`);
    }
    const virtual = new Map(group.map((block) => [virtualName(root, block), block]));
    const host = ts.createCompilerHost(options, true);
    const realGetSourceFile = host.getSourceFile.bind(host);
    host.fileExists = (file) => virtual.has(file) || ts.sys.fileExists(file);
    host.readFile = (file) => (virtual.has(file) ? virtual.get(file)!.code : ts.sys.readFile(file));
    host.getSourceFile = (file, language, onError) => {
      const block = virtual.get(file);
      if (block) return ts.createSourceFile(file, block.code, language, true);
      if (!parsed.has(file)) parsed.set(file, realGetSourceFile(file, language, onError));
      return parsed.get(file);
    };
    // `/// <reference types="skjema/vite/client" />` names an entry of the package, which `paths` does not reach.
    host.resolveTypeReferenceDirectiveReferences = (references, containingFile, redirected, options, sourceFile) =>
      references.map((reference) => {
        const name = typeof reference === 'string' ? reference : reference.fileName;
        const entry = PACKAGE_ENTRIES[name];
        if (entry?.endsWith('.d.ts')) {
          return { resolvedTypeReferenceDirective: { primary: true, resolvedFileName: join(root, entry) } };
        }
        const mode =
          typeof reference === 'string'
            ? undefined
            : ts.getModeForFileReference(reference, sourceFile?.impliedNodeFormat);
        return ts.resolveTypeReferenceDirective(name, containingFile, options, host, redirected, undefined, mode);
      });
    const program = ts.createProgram({
      // The `?skjema` modules of the Vite plugin, as a project that references them once sees them.
      rootNames: [join(root, PACKAGE_ENTRIES['skjema/vite/client']), ...preludes, ...virtual.keys()],
      options: kind === 'js' ? { ...options, noImplicitAny: false } : options,
      host,
    });
    for (const [file, block] of virtual) {
      const source = program.getSourceFile(file)!;
      const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      for (const diagnostic of diagnostics) {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
        problems.push({
          block,
          where: `${block.file}:${block.line + line}`,
          message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
        });
      }
    }
    // Preludes are shared: their own errors would hide behind every snippet's.
    for (const prelude of preludes) {
      for (const diagnostic of program.getSemanticDiagnostics(program.getSourceFile(prelude))) {
        throw new Error(`${prelude}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
      }
    }
  }
  return problems;
}

const isJavaScript = (block: CodeBlock) => /^jsx?$/.test(block.language);

function virtualName(root: string, block: CodeBlock): string {
  // `<!-- snippet: declaration -->`: a block that is a declaration file (`declare module '…'`), a script.
  const extension = block.marker.flags.includes('declaration') ? '.d.ts' : TYPED_LANGUAGES[block.language];
  return join(snippetDir(root), `${block.file.replace(/[/.]/g, '_')}_${block.line}${extension}`);
}

function compilerOptions(root: string): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  return {
    ...config.options,
    // Every block is a module of its own, even one without imports, so blocks never share names.
    moduleDetection: ts.ModuleDetectionKind.Force,
    // A snippet shows a value by declaring it; that it is then unused is the reader's business.
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: true,
    checkJs: true,
    paths: Object.fromEntries(Object.entries(PACKAGE_ENTRIES).map(([name, file]) => [name, [join(root, file)]])),
  };
}

/** The entries of package.json `exports` that are modules (not the stylesheet or package.json). */
export function packageModuleExports(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => !/\.(css|json)$/.test(key))
    .map((key) => (key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`));
}
