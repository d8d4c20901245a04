import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadBuiltinTexts, loadedBuiltinTexts } from '../../core/texts/builtin/builtinTextsLoader.ts';

export const BUILTIN_LANGUAGES = ['nb', 'nn', 'en'] as const;

/**
 * One i18next instance per form, holding the built-in UI strings. It owns the current language
 * and tells React when it changes; app texts (with their variables) are resolved by the core's
 * text resolver on top of these bundles.
 */
export function createFormI18n(language: string, appLanguages: readonly string[]): i18n {
  const instance = i18next.createInstance();
  const languages = [...new Set([...BUILTIN_LANGUAGES, ...appLanguages])];
  // The languages whose built-in texts have loaded; i18next loads another through the backend
  // before it switches to it, so a switch never shows keys.
  const resources = Object.fromEntries(
    languages.flatMap((lang) => {
      const texts = loadedBuiltinTexts(lang);
      return texts ? [[lang, { translation: texts }]] : [];
    }),
  );
  void instance
    .use(builtinTextsBackend)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng: language,
      // Every language has the same keys (tests/core/texts/builtin.test.ts), and a language
      // without built-in texts is given the English ones: no fallback to load.
      fallbackLng: false,
      initAsync: false,
      // Altinn keys contain dots and colons; they are flat keys, not paths or namespaces.
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
    });
  return instance;
}

const builtinTextsBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    loadBuiltinTexts(language).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
