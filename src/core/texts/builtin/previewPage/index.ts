import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { appShellTexts } from '../appShell/index.ts';
import { builtinTexts, type BuiltinLanguage } from '../index.ts';

/** The texts of skjema preview's own pages, per language (see `nb.ts`). */
export const previewPageTexts: Record<BuiltinLanguage, Record<string, string>> = { nb, nn, en };

/**
 * Every built-in text a preview page may show in `language` (`fallback` for a language without
 * built-in texts): the form's, the app shell's and the preview's own.
 */
export function previewPageTextsFor(language: string, fallback: BuiltinLanguage = 'en'): Record<string, string> {
  const known = Object.hasOwn(previewPageTexts, language) ? (language as BuiltinLanguage) : fallback;
  return { ...builtinTexts[known], ...appShellTexts[known], ...previewPageTexts[known] };
}
