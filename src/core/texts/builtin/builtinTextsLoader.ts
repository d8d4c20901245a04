import { onDemand, type OnDemand } from '../../onDemand.ts';
import type { BuiltinLanguage } from './index.ts';

type Texts = Readonly<Record<string, string>>;

// Each language is its own chunk: a form loads the one it shows (a third of the built-in texts'
// bytes), and another when the user switches to it.
const LANGUAGES: Record<BuiltinLanguage, OnDemand<Texts>> = {
  nb: onDemand(() => import('./nb.ts').then((module) => module.nb)),
  nn: onDemand(() => import('./nn.ts').then((module) => module.nn)),
  en: onDemand(() => import('./en.ts').then((module) => module.en)),
};

/** The built-in language that serves `language`: itself, or English for a language skjema has no texts in. */
export function builtinLanguageOf(language: string): BuiltinLanguage {
  return Object.hasOwn(LANGUAGES, language) ? (language as BuiltinLanguage) : 'en';
}

/** skjema's own UI texts for `language` if they have loaded (see `loadBuiltinTexts`). */
export function loadedBuiltinTexts(language: string): Texts | undefined {
  return LANGUAGES[builtinLanguageOf(language)].loaded();
}

/**
 * Loads skjema's own UI texts for `language` (English for a language it has none in), so that
 * text lookups in that language find them. `loadLayoutSet` loads those of the app's languages and
 * `SkjemaForm` those of the language it shows, before the first render; a host that switches a
 * form built without them to another language awaits this first. Loading again costs nothing.
 */
export function loadBuiltinTexts(language: string): Promise<Texts> {
  // A failed fetch (a new deploy, a dropped connection) is tried again on the next call.
  return LANGUAGES[builtinLanguageOf(language)].load();
}
