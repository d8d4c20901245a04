import { calledFunctions } from '../expressions/called-functions.ts';
import { loadDateFormatter } from '../expressions/functions/dateFormatLoader.ts';
import { loadJmespath } from '../expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser, needsMarkdownParser } from '../texts/markdownLoader.ts';
import { loadBuiltinTexts } from '../texts/builtin/builtinTextsLoader.ts';
import { loadSchemaInterpreter } from '../validation/schema/interpreterLoader.ts';
import { hasValidationConfigs, loadExpressionValidations } from '../validation/expressionValidationsLoader.ts';
import { componentTypesOf } from './layoutSetTypes.ts';
import type { LoadedLayoutSet } from './types.ts';

/**
 * Loads the parts of the engine that only some apps need (they are left out of what every form
 * loads), when this app needs them, so the form's first render has them and nothing changes once
 * it is shown. `loadLayoutSet` calls it; a host that builds a layout set itself calls it before
 * the form. A part that fails to load here is loaded again where it is first used.
 */
export async function preloadParts(
  layoutSet: LoadedLayoutSet,
  { precompiledValidators = {} }: { precompiledValidators?: Readonly<Record<string, unknown>> } = {},
): Promise<void> {
  const parts: Promise<unknown>[] = [];
  if (needsMarkdownParser(textValues(layoutSet))) parts.push(loadMarkdownParser());
  const { layouts, settings, validationConfigs, texts } = layoutSet;
  const called = calledFunctions([layouts, settings, validationConfigs, texts], ['jmespath', 'formatDate']);
  if (called.has('jmespath')) parts.push(loadJmespath());
  if (called.has('formatDate')) parts.push(loadDateFormatter());
  if (hasValidationConfigs(validationConfigs)) parts.push(loadExpressionValidations());
  const interpreted = Object.entries(layoutSet.dataModelSchemas).filter(([dataType, schema]) =>
    needsSchemaInterpreter(dataType, schema, precompiledValidators),
  );
  if (interpreted.length > 0) parts.push(loadSchemaInterpreter());
  // skjema's own texts in each language the app has texts in (a form starts in one of them), and
  // nb, the language of a form or `validateForm` given none; `SkjemaForm` loads any other it shows.
  // With them the texts of the app's component types that only some forms have.
  const types = componentTypesOf(layoutSet);
  for (const language of new Set([...Object.keys(texts), 'nb'])) parts.push(loadBuiltinTexts(language, types));
  await Promise.allSettled(parts);
}

/**
 * Starts the downloads `preloadParts` will wait for that are known before all the app's files are
 * read: skjema's nb texts (every form loads them) at once, the schema interpreter as soon as a
 * model's schema that needs it is read (`schemaRead`). They then download while `loadLayoutSet`
 * reads the rest, instead of after it; `preloadParts` waits for the same loads (a load is started
 * once), and a failed one is tried again there.
 */
export function startEarlyParts({
  precompiledValidators = {},
}: { precompiledValidators?: Readonly<Record<string, unknown>> } = {}): {
  schemaRead(dataType: string, schema: unknown): void;
} {
  loadBuiltinTexts('nb').catch(retriedLater);
  return {
    schemaRead(dataType, schema) {
      if (needsSchemaInterpreter(dataType, schema, precompiledValidators)) loadSchemaInterpreter().catch(retriedLater);
    },
  };
}

// `preloadParts` (or the form, where the part is first used) loads it again and reports what fails.
function retriedLater(): void {}

function needsSchemaInterpreter(
  dataType: string,
  schema: unknown,
  precompiledValidators: Readonly<Record<string, unknown>>,
): boolean {
  return isObject(schema) && !Object.hasOwn(precompiledValidators, dataType);
}

/**
 * The app's texts: its text resources, and what layouts (text bindings, inline options) and code
 * lists write in place of a text's id. Text ids are left out: they name texts, they are not read.
 */
function* textValues(layoutSet: LoadedLayoutSet): Iterable<string> {
  const ids = new Set<string>();
  for (const resources of Object.values(layoutSet.texts)) {
    for (const resource of resources) {
      ids.add(resource.id);
      if (typeof resource.value === 'string') yield resource.value;
    }
  }
  const written = (value: unknown): value is string => typeof value === 'string' && !ids.has(value);
  for (const file of Object.values(layoutSet.layouts)) {
    for (const component of file.data.layout) {
      const { textResourceBindings, options } = component;
      if (isObject(textResourceBindings)) yield* Object.values(textResourceBindings as object).filter(written);
      if (Array.isArray(options)) yield* optionTexts(options).filter(written);
    }
  }
  for (const options of Object.values(layoutSet.options)) yield* optionTexts(options).filter(written);
}

function optionTexts(options: readonly unknown[]): unknown[] {
  return options.flatMap((option) => {
    if (!isObject(option)) return [];
    const { label, description, helpText } = option as Record<string, unknown>;
    return [label, description, helpText];
  });
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
