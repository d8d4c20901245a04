import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageRenderer, type PageRendererOptions } from '../../src/bin/pageRenderer.ts';
import { cssEscape } from '../../src/bin/domEnvironment.ts';
import type { PageRenderer } from '../../src/cli/check.ts';
import { main } from '../../src/cli/main.ts';
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { ComponentRegistry } from '../../src/react/registry/ComponentRegistry.ts';
import { builtinComponents } from '../../src/react/registry/defaultRegistry.ts';

const EXAMPLE = 'examples/event-permit';
const APPLICANT = 'App/ui/form/layouts/applicant.json';
// Loading jsdom and React takes seconds on a busy machine; the checks themselves are quick.
const SLOW = 120_000;

interface JsonReport {
  diagnostics: Diagnostic[];
  errors: number;
  renderErrors: number;
  renderedPages?: number;
}

/** Runs `skjema check --json` the way the bin does, with the in-thread renderer. */
async function check(appDir: string, options: PageRendererOptions = {}, ...flags: string[]) {
  const renderer = createPageRenderer(options);
  const lines: string[] = [];
  try {
    const code = await main(
      ['check', appDir, '--json', ...flags],
      (line) => lines.push(line),
      () => {},
      {
        renderPages: renderer.renderPages,
        prepareRendering: renderer.prepare,
      },
    );
    return { code, report: JSON.parse(lines.join('\n')) as JsonReport };
  } finally {
    await renderer.close();
  }
}

const renderDiagnostics = (report: JsonReport) =>
  report.diagnostics.filter((diagnostic) => diagnostic.code.startsWith('render-'));

const temporaryDirs: string[] = [];
/** The example app, copied, with one component's type changed. */
async function exampleWithType(componentId: string, type: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'skjema-render-'));
  temporaryDirs.push(dir);
  await cp(EXAMPLE, dir, { recursive: true });
  const file = join(dir, APPLICANT);
  const page = JSON.parse(await readFile(file, 'utf8')) as { data: { layout: { id: string; type: string }[] } };
  page.data.layout.find((component) => component.id === componentId)!.type = type;
  await writeFile(file, JSON.stringify(page));
  return dir;
}
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('skjema check renders every page', () => {
  it('passes the example app: every page rendered, no render diagnostics, exit 0', { timeout: SLOW }, async () => {
    const { code, report } = await check(EXAMPLE);
    expect(renderDiagnostics(report)).toEqual([]);
    expect(report.renderedPages).toBe(4);
    expect(report.renderErrors).toBe(0);
    expect(code).toBe(0);
  });

  it('reports a component that throws with its id, page file and pointer, and exits 1', { timeout: SLOW }, async () => {
    const throwing = () => {
      throw new Error('planted failure');
    };
    const { code, report } = await check(EXAMPLE, {
      components: [{ type: 'Paragraph', category: 'presentation', render: throwing }],
    });
    // Every Paragraph fails; the one on the first page stands for them.
    const onApplicant = renderDiagnostics(report).filter((diagnostic) => diagnostic.file === APPLICANT);
    expect(onApplicant).toEqual([
      {
        severity: 'error',
        code: 'render-crash',
        message: 'Paragraph "applicant-intro" threw while rendering: planted failure',
        file: APPLICANT,
        pointer: '/data/layout/1',
        componentId: 'applicant-intro',
      },
    ]);
    expect(renderDiagnostics(report).every((diagnostic) => diagnostic.code === 'render-crash')).toBe(true);
    expect(report.renderErrors).toBe(renderDiagnostics(report).length);
    expect(code).toBe(1);
  });

  it('reports an unknown component type once, from the static checks', { timeout: SLOW }, async () => {
    const { code, report } = await check(await exampleWithType('applicant-intro', 'Frobnicator'));
    const aboutIt = report.diagnostics.filter((diagnostic) => diagnostic.componentId === 'applicant-intro');
    // The schema check also rejects the type; the type itself is reported once, not again by rendering.
    expect(aboutIt.map((diagnostic) => diagnostic.code).filter((code) => code !== 'schema')).toEqual([
      'unknown-component',
    ]);
    expect(renderDiagnostics(report)).toEqual([]);
    expect(report.renderedPages).toBe(4);
    expect(code).toBe(1);
  });

  it('reports a known type that has no renderer, once per component', { timeout: SLOW }, async () => {
    const withoutParagraph = new ComponentRegistry(
      builtinComponents.filter((definition) => definition.type.toLowerCase() !== 'paragraph'),
    );
    const { code, report } = await check(EXAMPLE, { registry: withoutParagraph });
    const onApplicant = renderDiagnostics(report).filter((diagnostic) => diagnostic.file === APPLICANT);
    expect(onApplicant).toEqual([
      {
        severity: 'error',
        code: 'render-unknown-component',
        message: 'Component type "Paragraph" has no renderer; the page shows a placeholder',
        file: APPLICANT,
        pointer: '/data/layout/1/type',
        componentId: 'applicant-intro',
      },
    ]);
    expect(code).toBe(1);
  });

  it('keeps React key warnings as warnings, and other console errors as errors', { timeout: SLOW }, async () => {
    const unkeyed = () =>
      createElement(
        'ul',
        null,
        ['a', 'b'].map((letter) => createElement('li', null, letter)),
      );
    const keyWarning = await check(EXAMPLE, {
      components: [{ type: 'Paragraph', category: 'presentation', render: unkeyed }],
    });
    const warnings = renderDiagnostics(keyWarning.report);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every(({ severity, code }) => severity === 'warning' && code === 'render-console')).toBe(true);
    expect(warnings[0]!.message).toMatch(/unique "key" prop/);
    expect(warnings[0]!.file).toBe(APPLICANT);
    expect(keyWarning.code).toBe(0);

    const logging = () => {
      console.error('Something is off: %s', 'badly');
      return null;
    };
    const logged = await check(EXAMPLE, {
      components: [{ type: 'Paragraph', category: 'presentation', render: logging }],
    });
    expect(renderDiagnostics(logged.report).filter((diagnostic) => diagnostic.file === APPLICANT)).toEqual([
      { severity: 'error', code: 'render-console', message: 'Something is off: badly', file: APPLICANT },
    ]);
    expect(logged.code).toBe(1);
  });

  it('renders nothing with --no-render', { timeout: SLOW }, async () => {
    let calls = 0;
    let prepared = 0;
    const renderPages: PageRenderer = async () => {
      calls++;
      return { pages: 1, diagnostics: [] };
    };
    const lines: string[] = [];
    const code = await main(
      ['check', EXAMPLE, '--no-render'],
      (line) => lines.push(line),
      () => {},
      {
        renderPages,
        prepareRendering: () => prepared++,
      },
    );
    expect({ calls, prepared, code }).toEqual({ calls: 0, prepared: 0, code: 0 });
    expect(lines.at(-1)).not.toMatch(/rendered/);

    lines.length = 0;
    await main(
      ['check', EXAMPLE],
      (line) => lines.push(line),
      () => {},
      {
        renderPages,
        prepareRendering: () => prepared++,
      },
    );
    expect({ calls, prepared }).toEqual({ calls: 1, prepared: 1 });
    expect(lines.at(-1)).toMatch(/1 page\(s\) rendered, 0 of the errors while rendering$/);
  });

  it('leaves no DOM globals behind', { timeout: SLOW }, async () => {
    await check(EXAMPLE);
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  });
});

describe('CSS.escape for jsdom', () => {
  it('escapes as browsers do', () => {
    expect(cssEscape('comp-0-1')).toBe('comp-0-1');
    expect(cssEscape('1a')).toBe('\\31 a');
    expect(cssEscape('-1')).toBe('-\\31 ');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('a.b:c')).toBe('a\\.b\\:c');
    expect(cssEscape('æøå')).toBe('æøå');
  });
});
