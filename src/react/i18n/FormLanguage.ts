import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const FormLanguageContext = createContext<string | undefined>(undefined);

/**
 * Follows the form's i18next language once, for the whole form. Every text of every component
 * needs the language; asking react-i18next in each of them costs a subscription and a copy of the
 * i18next instance per text hook (about a third of a second over the 35 pages of the corpus's
 * component library), which a form with a thousand fields would pay on every mount.
 */
export function FormLanguageProvider({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation();
  return createElement(FormLanguageContext.Provider, { value: i18n.language }, children);
}

/** The form's current language; components re-render when it changes. */
export function useFormLanguage(): string {
  const language = useContext(FormLanguageContext);
  if (language === undefined) throw new Error('skjema components render inside a SkjemaForm.');
  return language;
}
