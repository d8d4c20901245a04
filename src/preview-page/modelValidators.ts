import type { PrecompiledModelValidators } from '../core/index.ts';
import type { PreviewPageConfig } from './config.ts';

/**
 * The data models' validators, precompiled by the preview server and imported as same-origin
 * modules, so the form never compiles a schema in the browser (`new Function`, which the page's
 * `script-src 'self'` forbids). A model whose module cannot be loaded is left out and logged: the
 * form then validates it with the interpreting validator, and a schema that cannot be read at all
 * stops the form from submitting.
 */
export async function loadModelValidators(
  config: PreviewPageConfig,
): Promise<Record<string, PrecompiledModelValidators>> {
  const loaded = await Promise.all(
    config.modelDataTypes.map(async (dataType) => {
      const url = `/${config.org}/${config.app}/skjema/validators/${encodeURIComponent(dataType)}.js`;
      try {
        const module = (await import(/* @vite-ignore */ url)) as { default: PrecompiledModelValidators };
        return [[dataType, module.default] as const];
      } catch (error) {
        console.error(`skjema preview: the validators of data model "${dataType}" could not be loaded`, error);
        return [];
      }
    }),
  );
  return Object.fromEntries(loaded.flat());
}
