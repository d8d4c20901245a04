import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { createDiagnosticList, joinPointer, type Diagnostic, type DiagnosticSeverity } from '../../core/diagnostics.ts';
import type { FormNode } from '../../core/form/index.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';
import { createDefaultRegistry } from '../registry/defaultRegistry.ts';
import type { ComponentDefinition } from '../registry/types.ts';
import { RenderProblemContext, type RenderProblem } from '../render/renderProblems.ts';
import { SkjemaForm } from '../SkjemaForm.tsx';

export interface RenderPagesCheckOptions {
  /**
   * The document to render into. Components also read the global `window` and `document`, so in
   * Node the caller installs this document's window as the global one before calling.
   */
  document: Document;
  /** Pages to render; default: every page in the page order. */
  pages?: readonly string[];
  /** Component types to add or replace, as `SkjemaForm` takes them. */
  components?: readonly ComponentDefinition[];
  /** A registry instead of the built-in one, as `SkjemaForm` takes it. */
  registry?: ComponentRegistry;
}

export interface RenderPagesReport {
  /** How many pages were rendered. */
  pages: number;
  diagnostics: Diagnostic[];
}

/**
 * Renders every page of a layout set, one after another, and reports what went wrong as
 * diagnostics: components that threw (caught by their error boundary), component types without a
 * renderer, pages that failed as a whole, and what React logged while rendering.
 *
 * Each page is opened with empty data, so repeating groups have no rows yet and components that
 * only appear for certain answers stay hidden; what renders is what a new user first sees.
 */
export async function renderPagesCheck(
  layoutSet: LoadedLayoutSet,
  options: RenderPagesCheckOptions,
): Promise<RenderPagesReport> {
  const { diagnostics, report } = createDiagnosticList();
  const add = (diagnostic: Diagnostic) => report([diagnostic]);
  const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
  // Without this flag React warns that updates are not wrapped in act(), which they are.
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
  let pages = 0;
  try {
    pages = await renderPages(layoutSet, options, add);
  } finally {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
  }
  return { pages, diagnostics };
}

/**
 * One form per layout set, moved from page to page through its `page` prop: the engine, the
 * validator and the first validation run once per set, not once per page.
 */
async function renderPages(
  layoutSet: LoadedLayoutSet,
  { document, components, registry, pages: only }: RenderPagesCheckOptions,
  add: (diagnostic: Diagnostic) => void,
): Promise<number> {
  const shown = withoutPageConditions(layoutSet);
  let file: string | undefined;
  let page = '';
  const report = (problem: RenderProblem) => {
    const diagnostic = problemDiagnostic(layoutSet, problem);
    if (diagnostic) add(diagnostic);
  };
  const pageFailed = (error: unknown) =>
    add({
      severity: 'error',
      code: 'render-page',
      message: `Page "${page}" failed to render: ${errorMessage(error)}`,
      file,
    });
  // Every renderer up front: a page then renders in one pass, as the check expects.
  await (registry ?? createDefaultRegistry()).extend(components ?? []).loadAll();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, {
    // Our error boundaries have reported these already; React's default would log them again.
    onCaughtError: () => {},
    onUncaughtError: pageFailed,
    onRecoverableError: (error) =>
      add({ severity: 'warning', code: 'render-recovered', message: errorMessage(error), file }),
  });
  let rendered = 0;
  try {
    for (const next of only ?? layoutSet.pageOrder) {
      if (!layoutSet.layouts[next]) continue;
      page = next;
      file = layoutSet.layoutFiles[next];
      const logged = captureConsole();
      try {
        await settled(() =>
          root.render(
            <RenderProblemContext.Provider value={report}>
              <SkjemaForm layoutSet={shown} page={next} components={components} registry={registry} />
            </RenderProblemContext.Provider>,
          ),
        );
      } catch (error) {
        pageFailed(error);
      } finally {
        logged.restore();
      }
      for (const entry of logged.entries) {
        add({ severity: consoleSeverity(entry), code: 'render-console', message: entry.message, file });
      }
      rendered++;
    }
  } finally {
    await settled(() => root.unmount()).catch(pageFailed);
    container.remove();
  }
  return rendered;
}

// React's development build has act(), which waits for every effect and update an update causes;
// the production build (a fifth less work, which the whole check notices) has not.
const act = (React as { act?: (work: () => Promise<void>) => Promise<void> }).act;
// Effects that start work of their own (options, texts) settle within a few turns of the event loop.
const SETTLING_TURNS = 5;

/** Runs an update and waits until what it set off has rendered, in either React build. */
async function settled(update: () => void): Promise<void> {
  if (act) return act(async () => update());
  // A sync render also flushes its passive effects before flushSync returns.
  flushSync(update);
  for (let turn = 0; turn < SETTLING_TURNS; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The layout set with every page's own `hidden` dropped, so that pages the app only shows for
 * certain answers are checked too; Summary components and links between pages still resolve.
 */
function withoutPageConditions(layoutSet: LoadedLayoutSet): LoadedLayoutSet {
  const layouts = Object.fromEntries(
    Object.entries(layoutSet.layouts).map(([key, layout]) => {
      const { hidden: _hidden, ...data } = layout.data;
      return [key, { ...layout, data }];
    }),
  );
  return { ...layoutSet, layouts };
}

function problemDiagnostic(layoutSet: LoadedLayoutSet, problem: RenderProblem): Diagnostic | undefined {
  const { node } = problem;
  const file = layoutSet.layoutFiles[node.page];
  const pointer = componentPointer(layoutSet, node);
  const row = node.id === node.baseId ? '' : ` (as ${node.id})`;
  if (problem.kind === 'crash') {
    return {
      severity: 'error',
      code: 'render-crash',
      message: `${node.type} "${node.baseId}"${row} threw while rendering: ${problem.error.message}`,
      file,
      pointer,
      componentId: node.baseId,
    };
  }
  // A type the core does not know was reported by the static checks already, with this location.
  if (!node.known) return undefined;
  return {
    severity: 'error',
    code: 'render-unknown-component',
    message: `Component type "${node.type}" has no renderer; the page shows a placeholder`,
    file,
    pointer: pointer && `${pointer}/type`,
    componentId: node.baseId,
  };
}

function componentPointer(layoutSet: LoadedLayoutSet, node: FormNode): string | undefined {
  const index = layoutSet.layouts[node.page]?.data.layout.findIndex((component) => component.id === node.baseId);
  return index === undefined || index < 0 ? undefined : joinPointer('data', 'layout', index);
}

interface ConsoleEntry {
  level: 'error' | 'warn';
  message: string;
}

/** Collects what is logged while a page renders, instead of printing it between the diagnostics. */
function captureConsole(): { entries: ConsoleEntry[]; restore(): void } {
  const entries: ConsoleEntry[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => entries.push({ level: 'error', message: formatLogged(args) });
  console.warn = (...args: unknown[]) => entries.push({ level: 'warn', message: formatLogged(args) });
  return {
    entries,
    restore: () => {
      console.error = error;
      console.warn = warn;
    },
  };
}

/**
 * React's development warnings that point at sloppy markup rather than a broken form: worth
 * fixing, but the form works for its users.
 */
const ADVISORY = [
  /unique "key" prop/,
  /Encountered two children with the same key/,
  /cannot be a (child|descendant) of|cannot contain a nested/,
  /changing an? (un)?controlled input/,
  /Received `?(true|false)`? for a non-boolean attribute/,
  /React does not recognize the `[^`]+` prop/,
  /Invalid (DOM|ARIA) (property|attribute)/,
  /Unknown event handler property/,
  /Each child in a list/,
];

function consoleSeverity(entry: ConsoleEntry): DiagnosticSeverity {
  if (entry.level === 'warn') return 'warning';
  return ADVISORY.some((pattern) => pattern.test(entry.message)) ? 'warning' : 'error';
}

/** Fills printf-style placeholders the way the console does and drops the component stack. */
function formatLogged(args: unknown[]): string {
  const [first, ...rest] = args;
  let message =
    typeof first === 'string'
      ? first.replace(/%[sdifoOc]/g, (placeholder) =>
          placeholder === '%c' ? (rest.shift(), '') : rest.length > 0 ? stringify(rest.shift()) : placeholder,
        )
      : stringify(first);
  if (rest.length > 0) message += ` ${rest.map(stringify).join(' ')}`;
  const stackStart = message.search(/\n\s+(at|in) /);
  return (stackStart >= 0 ? message.slice(0, stackStart) : message).trim();
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return value.message;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
