import type { Diagnostic } from '../diagnostics.ts';
import { cutDeepValues } from '../limits/depth.ts';
import { LIMITS } from '../limits/limits.ts';
import type { AltinnFileKind } from '../schemas/altinnSchemaChecker.ts';

export interface LimitedFile {
  diagnostics: Diagnostic[];
  /** Pointers of the components left out whole (a page file's), so nothing else reports them again. */
  leftOut: string[];
}

/**
 * Holds one parsed app file to the limits (`LIMITS`), in place, before anything else walks it:
 * nesting is cut at `LIMITS.depth`; in a page file, a component nested that deep is left out
 * whole (a cut expression would give another answer), components past `componentsPerPage` and
 * inline options past `optionsPerList` too. Each cut is a located `limit-*` error.
 */
export function limitFile(value: unknown, file: string, kind: AltinnFileKind | undefined): LimitedFile {
  const diagnostics: Diagnostic[] = [];
  const leftOut: string[] = [];
  const cuts = cutDeepValues(value, LIMITS.depth);
  const components = kind === 'layout' ? layoutOf(value) : undefined;
  if (components) {
    const cutComponents = new Map<number, string>();
    for (const cut of cuts) {
      const index = /^\/data\/layout\/(\d+)\//.exec(cut)?.[1];
      if (index === undefined) {
        diagnostics.push(depthDiagnostic(file, cut, 'it is left out'));
      } else if (!cutComponents.has(Number(index))) {
        cutComponents.set(Number(index), cut);
      }
    }
    for (const [index, cut] of [...cutComponents].sort(([a], [b]) => a - b)) {
      const id = (components[index] as { id?: unknown } | null)?.id;
      diagnostics.push({
        ...depthDiagnostic(file, cut, 'the component is left out'),
        ...(typeof id === 'string' && { componentId: id }),
      });
      components[index] = null;
      leftOut.push(`/data/layout/${index}`);
    }
    if (components.length > LIMITS.componentsPerPage) {
      diagnostics.push({
        severity: 'error',
        code: 'limit-components',
        file,
        pointer: `/data/layout/${LIMITS.componentsPerPage}`,
        message: `The page has ${components.length} components, more than the ${LIMITS.componentsPerPage} one page may have; those from here on are left out.`,
      });
      components.length = LIMITS.componentsPerPage;
    }
    components.forEach((component, index) => {
      const options = (component as { options?: unknown } | null)?.options;
      if (!Array.isArray(options)) return;
      const id = (component as { id?: unknown }).id;
      const over = optionsOverLimit(options, file, `/data/layout/${index}/options`);
      if (over) diagnostics.push({ ...over, ...(typeof id === 'string' && { componentId: id }) });
    });
  } else if (cuts.length > 0) {
    const more = cuts.length > 1 ? ` (and at ${cuts.length - 1} more places in this file)` : '';
    diagnostics.push(depthDiagnostic(file, cuts[0], `what is below is left out${more}`));
  }
  return { diagnostics, leftOut };
}

/** Cuts a list of options (inline or a code-list file) to `LIMITS.optionsPerList`, in place, saying so. */
export function optionsOverLimit(options: unknown[], file: string, pointer: string): Diagnostic | undefined {
  if (options.length <= LIMITS.optionsPerList) return undefined;
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'limit-options',
    file,
    pointer: `${pointer}/${LIMITS.optionsPerList}`,
    message: `The list has ${options.length} options, more than the ${LIMITS.optionsPerList} one list may have; those from here on are left out.`,
  };
  options.length = LIMITS.optionsPerList;
  return diagnostic;
}

/** Cuts each text resource value longer than `LIMITS.textLength`, in place, saying so. */
export function textsOverLimit(resources: unknown[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  resources.forEach((resource, index) => {
    const value = (resource as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' || value.length <= LIMITS.textLength) return;
    const id = (resource as { id?: unknown }).id;
    diagnostics.push({
      severity: 'error',
      code: 'limit-text',
      file,
      pointer: `/resources/${index}/value`,
      message: `The text${typeof id === 'string' ? ` "${id}"` : ''} has ${value.length} characters, more than the ${LIMITS.textLength} one text may have; the rest is cut.`,
    });
    (resource as { value: string }).value = value.slice(0, LIMITS.textLength);
  });
  return diagnostics;
}

/** Whether a diagnostic is about (something inside) one of the left-out components. */
export function isInside(diagnostic: Diagnostic, pointers: readonly string[]): boolean {
  const at = diagnostic.pointer;
  return at !== undefined && pointers.some((pointer) => at === pointer || at.startsWith(`${pointer}/`));
}

function layoutOf(value: unknown): unknown[] | undefined {
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  return Array.isArray(layout) ? layout : undefined;
}

function depthDiagnostic(file: string, pointer: string, consequence: string): Diagnostic {
  return {
    severity: 'error',
    code: 'limit-depth',
    file,
    pointer,
    message: `Nested deeper than ${LIMITS.depth} levels of arrays and objects; ${consequence}.`,
  };
}
