import type { AppSource } from '../../core/app/source.ts';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import { joinPointer, type Diagnostic } from '../../core/diagnostics.ts';
import { splitReference } from '../../core/app/libraries.ts';

const OPTIONS_FOLDER = 'App/options';
// Folders of an app that hold build output, front-end assets or layouts, never the app's C# code.
const NOT_CODE = new Set(['bin', 'obj', 'node_modules', 'wwwroot', 'ui']);

/**
 * Components whose `optionsId` names no code list file (`App/options/<id>.json`). The app backend
 * may still serve the list from its own code (an `IAppOptionsProvider` or `IInstanceAppOptionsProvider`
 * with that id), which no file shows, so this is a warning, not an error; it stays quiet when a C#
 * file of the app names the id. Without the list the reference frontend, `skjema preview` and a
 * standalone form say on the page that the options could not be fetched.
 */
export async function lintOptions(source: AppSource, layoutSets: readonly LoadedLayoutSet[]): Promise<Diagnostic[]> {
  const missing: { id: string; file?: string; pointer: string; componentId: string }[] = [];
  for (const set of layoutSets) {
    for (const [page, layout] of Object.entries(set.layouts)) {
      layout.data.layout.forEach((component, index) => {
        const { optionsId, options, source: rows } = component;
        // Static options or options from repeating-group rows win over optionsId.
        if (typeof optionsId !== 'string' || Array.isArray(options) || rows !== undefined) return;
        if (optionsId in set.options) return;
        // A library's code list (`<library>:<id>`) is checked where the loader includes it.
        if (splitReference(optionsId)) return;
        missing.push({
          id: optionsId,
          file: set.layoutFiles[page],
          pointer: joinPointer('data', 'layout', index, 'optionsId'),
          componentId: component.id,
        });
      });
    }
  }
  if (missing.length === 0) return [];
  const code = await appCode(source);
  return missing
    .filter(({ id }) => !code.some((text) => text.includes(`"${id}"`)))
    .map(({ id, file, pointer, componentId }) => ({
      severity: 'warning',
      code: 'options-missing',
      file,
      pointer,
      componentId,
      message: `No code list "${id}": there is no ${OPTIONS_FOLDER}/${id}.json, so the options must come from the app's code (an IAppOptionsProvider with Id "${id}")${code.length > 0 ? ', and no C# file of the app names it' : ''}. Where they do not, the page says the options could not be fetched.`,
    }));
}

/** The text of every C# file under `App/`, skipping build output and the app's data folders. */
async function appCode(source: AppSource): Promise<string[]> {
  const texts: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    for (const name of await source.list(dir)) {
      if (!name.endsWith('.cs')) continue;
      const text = await source.read(`${dir}/${name}`);
      if (text !== undefined) texts.push(text);
    }
    if (depth === 0) return;
    for (const folder of await source.listFolders(dir)) {
      if (!NOT_CODE.has(folder.toLowerCase())) await visit(`${dir}/${folder}`, depth - 1);
    }
  };
  await visit('App', 6);
  return texts;
}
