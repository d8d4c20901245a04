import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { typesTexts } from './typesTexts.ts';

/** Languages skjema ships UI texts for. */
export type BuiltinLanguage = 'nb' | 'nn' | 'en';

const withTypes = (language: BuiltinLanguage, texts: Record<string, string>): Record<string, string> =>
  Object.assign({}, texts, ...Object.values(typesTexts).map((part) => part[language]));

/**
 * skjema's own UI texts per language (see `nb.ts` for why they are built in), with those of every
 * component type. App text resources with the same id take precedence.
 */
export const builtinTexts: Record<BuiltinLanguage, Record<string, string>> = {
  nb: withTypes('nb', nb),
  nn: withTypes('nn', nn),
  en: withTypes('en', en),
};

/** The texts every form loads, without those of the types few forms have (`typesTexts.ts`). */
export { en, nb, nn };
