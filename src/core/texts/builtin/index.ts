import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';

/** Languages skjema ships UI texts for. */
export type BuiltinLanguage = 'nb' | 'nn' | 'en';

/**
 * skjema's own UI texts per language (see `nb.ts` for why they are built in). App text resources with the
 * same id take precedence.
 */
export const builtinTexts: Record<BuiltinLanguage, Record<string, string>> = { nb, nn, en };

export { en, nb, nn };
