import type { BuiltinLanguage } from './index.ts';
import { en as datesEn } from './dates/en.ts';
import { nb as datesNb } from './dates/nb.ts';
import { nn as datesNn } from './dates/nn.ts';
import { en as listsEn } from './lists/en.ts';
import { nb as listsNb } from './lists/nb.ts';
import { nn as listsNn } from './lists/nn.ts';
import { en as lookupsEn } from './lookups/en.ts';
import { nb as lookupsNb } from './lookups/nb.ts';
import { nn as lookupsNn } from './lookups/nn.ts';
import { en as miscEn } from './misc/en.ts';
import { nb as miscNb } from './misc/nb.ts';
import { nn as miscNn } from './misc/nn.ts';
import { en as signeesEn } from './signees/en.ts';
import { nb as signeesNb } from './signees/nb.ts';
import { nn as signeesNn } from './signees/nn.ts';
import { en as tasksEn } from './tasks/en.ts';
import { nb as tasksNb } from './tasks/nb.ts';
import { nn as tasksNn } from './tasks/nn.ts';
import { en as uploadsEn } from './uploads/en.ts';
import { nb as uploadsNb } from './uploads/nb.ts';
import { nn as uploadsNn } from './uploads/nn.ts';

/**
 * The built-in texts of component types few forms have, by part, every language at once: for
 * what needs all of them (`builtinTexts`, `skjema check`). A form loads only its types' parts,
 * one language at a time (`builtinTextsLoader.ts`).
 */
export const typesTexts: Record<string, Record<BuiltinLanguage, Record<string, string>>> = {
  dates: { nb: datesNb, nn: datesNn, en: datesEn },
  uploads: { nb: uploadsNb, nn: uploadsNn, en: uploadsEn },
  lookups: { nb: lookupsNb, nn: lookupsNn, en: lookupsEn },
  lists: { nb: listsNb, nn: listsNn, en: listsEn },
  signees: { nb: signeesNb, nn: signeesNn, en: signeesEn },
  tasks: { nb: tasksNb, nn: tasksNn, en: tasksEn },
  misc: { nb: miscNb, nn: miscNn, en: miscEn },
};
