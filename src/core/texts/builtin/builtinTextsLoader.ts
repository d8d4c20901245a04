import type { BuiltinLanguage } from './index.ts';

type Texts = Readonly<Record<string, string>>;

// Each language is its own chunk: a form loads the one it shows (a third of the built-in texts'
// bytes), and another when the user switches to it.
const IMPORTS: Record<BuiltinLanguage, () => Promise<Texts>> = {
  nb: () => import('./nb.ts').then((module) => module.nb),
  nn: () => import('./nn.ts').then((module) => module.nn),
  en: () => import('./en.ts').then((module) => module.en),
};

const loaded = new Map<BuiltinLanguage, Texts>();
const loading = new Map<BuiltinLanguage, Promise<Texts>>();

/** The built-in language that serves `language`: itself, or English for a language skjema has no texts in. */
export function builtinLanguageOf(language: string): BuiltinLanguage {
  return Object.hasOwn(IMPORTS, language) ? (language as BuiltinLanguage) : 'en';
}

/** skjema's own UI texts for `language` if they have loaded (see `loadBuiltinTexts`). */
export function loadedBuiltinTexts(language: string): Texts | undefined {
  return loaded.get(builtinLanguageOf(language));
}

/**
 * Loads skjema's own UI texts for `language` (English for a language it has none in), so that
 * text lookups in that language find them. `loadLayoutSet` loads those of the app's languages and
 * `SkjemaForm` those of the language it shows, before the first render; a host that switches a
 * form built without them to another language awaits this first. Loading again costs nothing.
 */
export function loadBuiltinTexts(language: string): Promise<Texts> {
  const builtin = builtinLanguageOf(language);
  const done = loaded.get(builtin);
  if (done) return Promise.resolve(done);
  let pending = loading.get(builtin);
  if (!pending) {
    pending = IMPORTS[builtin]().then(
      (texts) => {
        loaded.set(builtin, texts);
        return texts;
      },
      (error: unknown) => {
        // A failed fetch (a new deploy, a dropped connection) is tried again on the next call.
        loading.delete(builtin);
        throw error;
      },
    );
    loading.set(builtin, pending);
  }
  return pending;
}
