import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { builtinTexts } from '../../core/texts/builtin/index.ts';

export const BUILTIN_LANGUAGES = ['nb', 'nn', 'en'] as const;

/**
 * One i18next instance per form, holding the built-in UI strings. It owns the current language
 * and tells React when it changes; app texts (with their variables) are resolved by the core's
 * text resolver on top of these bundles.
 */
export function createFormI18n(language: string, appLanguages: readonly string[]): i18n {
  const instance = i18next.createInstance();
  const languages = [...new Set([...BUILTIN_LANGUAGES, ...appLanguages])];
  const resources = Object.fromEntries(
    languages.map((lang) => [
      lang,
      { translation: builtinTexts[lang as keyof typeof builtinTexts] ?? builtinTexts.en },
    ]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    // Altinn keys contain dots and colons; they are flat keys, not paths or namespaces.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
