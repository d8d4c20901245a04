import { callsJmespath, loadJmespath } from '../expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser, needsMarkdownParser } from '../texts/markdownLoader.ts';
import { loadSchemaInterpreter } from '../validation/schema/interpreterLoader.ts';
import type { LoadedLayoutSet } from './types.ts';

/**
 * Loads the parts of the engine that only some apps need (they are left out of what every form
 * loads), when this app needs them, so the form's first render has them and nothing changes once
 * it is shown. A part that fails to load here is loaded again where it is first used.
 */
export async function preloadParts(
  layoutSet: LoadedLayoutSet,
  precompiledValidators: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  const parts: Promise<unknown>[] = [];
  if (needsMarkdownParser(textValues(layoutSet))) parts.push(loadMarkdownParser());
  const { layouts, settings, validationConfigs, texts } = layoutSet;
  if (callsJmespath([layouts, settings, validationConfigs, texts])) parts.push(loadJmespath());
  const interpreted = Object.entries(layoutSet.dataModelSchemas).filter(
    ([dataType, schema]) => isObject(schema) && !Object.hasOwn(precompiledValidators, dataType),
  );
  if (interpreted.length > 0) parts.push(loadSchemaInterpreter());
  await Promise.allSettled(parts);
}

function* textValues(layoutSet: LoadedLayoutSet): Iterable<string> {
  for (const resources of Object.values(layoutSet.texts)) {
    for (const resource of resources) if (typeof resource.value === 'string') yield resource.value;
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
