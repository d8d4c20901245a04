import { resolve } from 'node:path';
import type { CodeSplittingGroup } from 'rolldown';

/**
 * The library build's chunks for what every form loads (issue 14). Left to itself, Rolldown
 * gives each set of importers its own chunk: a form fetched some 40 small shared files, and many
 * small files compress worse than a few big ones. Here the modules every form needs go into a
 * handful of chunks, while what only some forms load stays split where it is loaded on demand:
 * a module imported with `import()` (each type's renderer, Markdown, JMESPath, the schema
 * interpreter, other languages' texts, shared libraries…) and what only such modules import.
 *
 * - `engine`: the headless engine `SkjemaForm` and `loadLayoutSet` import (no React in it, so
 *   `skjema/core` can share it);
 * - `form`: `SkjemaForm` and the React modules it imports;
 * - `fields`: what an Input field's renderer imports besides itself: the field parts (label,
 *   help, description, validation messages, bindings) nearly every form field shares.
 *
 * `skjema/client` keeps its own small chunks: none of its modules are grouped.
 */
export function formChunkGroups(root: string): CodeSplittingGroup[] {
  const src = resolve(root, 'src');
  // What a form page imports: the form, and the loader with its sources.
  const formRoots = ['react/SkjemaForm.tsx', 'core/app/loadLayoutSet.ts', 'core/app/source.ts'].map((path) =>
    resolve(src, path),
  );
  const clientEntry = resolve(src, 'client/index.ts');
  const inputRenderer = resolve(src, 'react/components/Input/Input.tsx');
  const react = resolve(src, 'react') + '/';
  type Context = Parameters<Extract<CodeSplittingGroup['name'], (...args: never[]) => unknown>>[1];
  let groups: Map<string, string> | undefined;

  function groupsOf(ctx: Context): Map<string, string> {
    const loadedOnDemand = (id: string) => (ctx.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0;
    // The modules `from` imports statically, not going past one that is loaded on demand.
    const closure = (...from: string[]): Set<string> => {
      const seen = new Set<string>();
      const queue = [...from];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (seen.has(id) || !id.startsWith(src)) continue;
        if (!from.includes(id) && loadedOnDemand(id)) continue;
        seen.add(id);
        queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
      }
      return seen;
    };
    const client = closure(clientEntry);
    const result = new Map<string, string>();
    for (const id of closure(...formRoots)) {
      if (client.has(id)) continue;
      result.set(id, id.startsWith(react) ? 'form' : 'engine');
    }
    for (const id of closure(inputRenderer)) {
      if (id === inputRenderer || result.has(id) || client.has(id)) continue;
      result.set(id, 'fields');
    }
    return result;
  }

  // The groups are computed once, on the first module Rolldown asks about.
  const groupOf = (id: string, ctx: Context) => (groups ??= groupsOf(ctx)).get(id);
  // Earlier groups first: a module an engine module imports is not taken into `form`.
  return (['engine', 'form', 'fields'] as const).map((name, index) => ({
    name: (id: string, ctx: Context) => (groupOf(id, ctx) === name ? name : null),
    priority: 3 - index,
  }));
}
