import { resolve } from 'node:path';
import { listLayoutSets, loadLayoutSet } from '../core/app/loadLayoutSet.ts';
import { reportingSource } from '../core/app/reportingSource.ts';
import type { AppSource } from '../core/app/source.ts';
import type { LoadedLayoutSet } from '../core/app/types.ts';
import { createDiagnosticList, type Diagnostic } from '../core/diagnostics.ts';
import { fileSource } from '../core/node/fileSource.ts';
import { findAltinnSchemaDir, loadAltinnSchemaChecker } from '../core/node/altinnSchemas.ts';
import { lintLayoutSet } from './lint/lintLayoutSet.ts';
import { lintOptions } from './lint/lintOptions.ts';
import { lintReachability } from './lint/lintReachability.ts';
import { loadPrefillConfigs } from '../preview/prefill/config.ts';

/**
 * Renders every page of a layout set and reports what failed at run time. Injected by the bin
 * (`src/bin`), because rendering needs React and a DOM, which the CLI may not depend on.
 * Diagnostic codes start with `render-`.
 */
export type PageRenderer = (layoutSet: LoadedLayoutSet) => Promise<{ pages: number; diagnostics: Diagnostic[] }>;

export interface CheckOptions {
  schemaDir?: string;
  /** Runs after the static checks of each layout set that loaded. */
  renderPages?: PageRenderer;
}

export interface CheckReport {
  appDir: string;
  format?: 'v8' | 'v9';
  layoutSets: string[];
  diagnostics: Diagnostic[];
  /** Set when no schema folder was found, so the schema checks did not run. */
  schemaWarning?: string;
  /** Pages rendered by `renderPages`; undefined when it was not given. */
  renderedPages?: number;
}

/** Loads every layout set of an app folder, checking each file against the Altinn JSON Schemas. */
export async function checkApp(appDir: string, options: CheckOptions = {}): Promise<CheckReport> {
  return checkSource(fileSource(resolve(appDir)), appDir, options);
}

/** `checkApp` over any source of the app's files (one held in memory, say), reported as `appDir`. */
export async function checkSource(source: AppSource, appDir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const schemaDir = options.schemaDir ?? findAltinnSchemaDir();
  const listing = await listLayoutSets(source);
  // v8 apps are checked against the v8 schemas, v9 apps against v9's.
  const schemas = schemaDir ? await loadAltinnSchemaChecker(schemaDir, listing.format) : undefined;
  const ids: (string | undefined)[] = listing.layoutSets.map((set) => set.id);
  const { diagnostics, report } = createDiagnosticList();
  report(listing.diagnostics);
  const layoutSets: string[] = [];
  const loaded: LoadedLayoutSet[] = [];
  // Rendering may run beside the static checks (the bin renders in a worker), so it is not awaited here.
  const renders: ReturnType<PageRenderer>[] = [];
  for (const id of ids.length > 0 ? ids : [undefined]) {
    const result = await loadLayoutSet(source, { layoutSetId: id, schemas });
    if (result.layoutSet) {
      layoutSets.push(result.layoutSet.id);
      loaded.push(result.layoutSet);
      result.diagnostics.push(...lintLayoutSet(result.layoutSet));
      const rendering = options.renderPages?.(result.layoutSet);
      // Awaited below; a failure in the meantime must not count as an unhandled rejection.
      rendering?.catch(() => {});
      if (rendering) renders.push(rendering);
    }
    report(result.diagnostics);
  }
  // The lints read files of their own (the process, C# code); a file that cannot be read is a
  // finding there too, not an exception.
  const reading = reportingSource(source, (diagnostic) => report([diagnostic]));
  report(await lintReachability(reading, listing.format, listing.layoutSets, loaded));
  report(await lintOptions(reading, loaded));
  report((await loadPrefillConfigs(reading)).diagnostics);
  let renderedPages: number | undefined;
  for (const rendered of await Promise.all(renders)) {
    renderedPages = (renderedPages ?? 0) + rendered.pages;
    report(rendered.diagnostics);
  }
  return {
    appDir,
    format: listing.format,
    layoutSets,
    diagnostics: withoutSchemaFindingsInExpressions(diagnostics),
    schemaWarning: schemas
      ? undefined
      : 'Altinn JSON Schemas not found: pass --schemas <dir> or set SKJEMA_ALTINN_SCHEMAS. Files were not schema-checked.',
    renderedPages,
  };
}

/**
 * The expression check says what is wrong with an expression (`Unknown function "equal"`); the
 * schema check can only say that it is not one the property accepts. Where both speak of the same
 * expression, only the first is kept.
 */
function withoutSchemaFindingsInExpressions(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const explained = diagnostics.filter((d) => d.code === 'expression');
  if (explained.length === 0) return [...diagnostics];
  const inside = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`);
  // A finding about a whole component or page ("missing required property") is about more than the expression.
  const aboutWhole = (pointer: string) => /^(\/data(\/layout(\/\d+)?)?)?$/.test(pointer);
  return diagnostics.filter((d) => {
    if (d.code !== 'schema' || d.pointer === undefined || aboutWhole(d.pointer)) return true;
    return !explained.some((e) => e.file === d.file && e.pointer !== undefined && inside(d.pointer!, e.pointer));
  });
}
