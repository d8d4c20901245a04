import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import type { TextResource } from '../../core/app/types.ts';
import { appShellTexts } from '../../core/texts/builtin/appShell/index.ts';
import { builtinTexts, type BuiltinLanguage } from '../../core/texts/builtin/index.ts';
import { createTextResolver, type TextResolver } from '../../core/texts/textResolver.ts';

/**
 * Texts of the pages around the form (party and instance selection, confirmation, receipt, errors).
 * They render outside any `SkjemaForm`, so they cannot use the form's i18n; they resolve the same
 * way, though: the app's text resources first, so an app overrides any built-in text by its key.
 */
export interface AppTexts {
  language: string;
  text(key: string, params?: readonly unknown[]): string;
}

const AppTextsContext = createContext<AppTexts | null>(null);

export function AppTextsProvider({
  language,
  appTexts,
  children,
}: {
  language: string;
  /** The app's text resources per language, where they are known. */
  appTexts?: Readonly<Record<string, readonly TextResource[]>>;
  children?: ReactNode;
}) {
  const resources = appTexts?.[language];
  const value = useMemo(() => textsFor(language, resources ?? []), [language, resources]);
  return createElement(AppTextsContext.Provider, { value }, children);
}

/** The texts of the surrounding `AltinnApp`; outside one, the built-in Bokmål texts. */
export function useAppTexts(): AppTexts {
  return useContext(AppTextsContext) ?? DEFAULT_TEXTS;
}

function textsFor(language: string, resources: readonly TextResource[]): AppTexts {
  const known: BuiltinLanguage = Object.hasOwn(builtinTexts, language) ? (language as BuiltinLanguage) : 'en';
  // The pages around a form have texts of their own, which a form alone does not load.
  const builtin = { ...builtinTexts[known], ...appShellTexts[known] };
  const resolver: TextResolver = createTextResolver(language, resources, builtin);
  return { language, text: (key, params) => resolver.resolve(key, params ? { params } : undefined) };
}

const DEFAULT_TEXTS = textsFor('nb', []);
