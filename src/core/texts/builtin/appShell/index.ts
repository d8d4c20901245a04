import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import type { BuiltinLanguage } from '../index.ts';

/** The texts of the pages around a form, per language (see `nb.ts`). */
export const appShellTexts: Record<BuiltinLanguage, Record<string, string>> = { nb, nn, en };
