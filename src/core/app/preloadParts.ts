import { callsJmespath, loadJmespath } from '../expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser, needsMarkdownParser } from '../texts/markdownLoader.ts';
import type { LoadedLayoutSet } from './types.ts';

/**
 * Loads the parts of the engine that only some apps need (they are left out of what every form
 * loads), when this app needs them, so the form's first render has them and nothing changes once
 * it is shown. A part that fails to load here is loaded again where it is first used.
 */
export async function preloadParts(layoutSet: LoadedLayoutSet): Promise<void> {
  const parts: Promise<unknown>[] = [];
  if (needsMarkdownParser(textValues(layoutSet))) parts.push(loadMarkdownParser());
  const { layouts, settings, validationConfigs, texts } = layoutSet;
  if (callsJmespath([layouts, settings, validationConfigs, texts])) parts.push(loadJmespath());
  await Promise.allSettled(parts);
}

function* textValues(layoutSet: LoadedLayoutSet): Iterable<string> {
  for (const resources of Object.values(layoutSet.texts)) {
    for (const resource of resources) if (typeof resource.value === 'string') yield resource.value;
  }
}
