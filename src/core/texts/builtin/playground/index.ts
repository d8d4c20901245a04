import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { builtinTexts, type BuiltinLanguage } from '../index.ts';

/** The texts of the designer's playground, per language (see `nb.ts`). */
export const playgroundTexts: Record<BuiltinLanguage, Record<string, string>> = { nb, nn, en };

/** Every built-in text the playground may show in `language` (English for a language without built-in texts). */
export function playgroundTextsFor(language: string): Record<string, string> {
  const known = Object.hasOwn(playgroundTexts, language) ? (language as BuiltinLanguage) : 'en';
  return { ...builtinTexts[known], ...playgroundTexts[known] };
}
