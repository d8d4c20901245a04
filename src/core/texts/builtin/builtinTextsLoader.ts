import { canonicalComponentType } from '../../layout/componentTypes.ts';
import { onDemand, type OnDemand } from '../../onDemand.ts';
import type { BuiltinLanguage } from './index.ts';

type Texts = Readonly<Record<string, string>>;
type PerLanguage = Record<BuiltinLanguage, OnDemand<Texts>>;

// Each language is its own chunk: a form loads the one it shows (a third of the built-in texts'
// bytes), and another when the user switches to it.
const LANGUAGES: PerLanguage = {
  nb: onDemand(() => import('./nb.ts').then((module) => module.nb)),
  nn: onDemand(() => import('./nn.ts').then((module) => module.nn)),
  en: onDemand(() => import('./en.ts').then((module) => module.en)),
};

interface TypesPart {
  /** The component types that show these texts. */
  types: readonly string[];
  languages: PerLanguage;
}

// The texts of types few forms have are parts of their own, per language, loaded with the
// language by the forms that have one of the types: a form of text fields does not load them.
const TYPES_PARTS: readonly TypesPart[] = [
  {
    types: ['Datepicker', 'TimePicker'],
    languages: {
      nb: onDemand(() => import('./dates/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./dates/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./dates/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['FileUpload', 'FileUploadWithTag', 'ImageUpload'],
    languages: {
      nb: onDemand(() => import('./uploads/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./uploads/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./uploads/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['Address', 'PersonLookup', 'OrganisationLookup'],
    languages: {
      nb: onDemand(() => import('./lookups/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./lookups/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./lookups/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['AddToList', 'List', 'SimpleTable', 'MultipleSelect'],
    languages: {
      nb: onDemand(() => import('./lists/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./lists/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./lists/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['SigneeList', 'SigningDocumentList'],
    languages: {
      nb: onDemand(() => import('./signees/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./signees/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./signees/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['Payment', 'PaymentDetails', 'SigningActions'],
    languages: {
      nb: onDemand(() => import('./tasks/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./tasks/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./tasks/en.ts').then((module) => module.en)),
    },
  },
  {
    types: ['PDFPreviewButton', 'Map', 'CustomButton'],
    languages: {
      nb: onDemand(() => import('./misc/nb.ts').then((module) => module.nb)),
      nn: onDemand(() => import('./misc/nn.ts').then((module) => module.nn)),
      en: onDemand(() => import('./misc/en.ts').then((module) => module.en)),
    },
  },
];

const PART_OF_TYPE = new Map(TYPES_PARTS.flatMap((part) => part.types.map((type) => [type, part] as const)));

// The parts some form on the page has asked for: a language loaded from then on brings them too,
// so that switching language never loses a text a form shows.
const wanted = new Set<TypesPart>();

const merged = new Map<BuiltinLanguage, { from: readonly Texts[]; texts: Texts }>();

function partsOf(types: Iterable<string>): TypesPart[] {
  const parts: TypesPart[] = [];
  for (const type of types) {
    const part = PART_OF_TYPE.get(canonicalComponentType(type) ?? type);
    if (part) parts.push(part);
  }
  return parts;
}

/** The built-in language that serves `language`: itself, or English for a language skjema has no texts in. */
export function builtinLanguageOf(language: string): BuiltinLanguage {
  return Object.hasOwn(LANGUAGES, language) ? (language as BuiltinLanguage) : 'en';
}

/**
 * skjema's own UI texts for `language` if they have loaded (see `loadBuiltinTexts`), with those of
 * the component types' parts loaded so far.
 */
export function loadedBuiltinTexts(language: string): Texts | undefined {
  const builtin = builtinLanguageOf(language);
  const texts = LANGUAGES[builtin].loaded();
  if (!texts) return undefined;
  const from: Texts[] = [texts];
  for (const part of TYPES_PARTS) {
    const partTexts = part.languages[builtin].loaded();
    if (partTexts) from.push(partTexts);
  }
  if (from.length === 1) return texts;
  // The same object while no part is added, so what was made from it need not be made again.
  const last = merged.get(builtin);
  if (last && last.from.length === from.length && last.from.every((part, index) => part === from[index])) {
    return last.texts;
  }
  const next = { from, texts: Object.assign({}, ...from) as Texts };
  merged.set(builtin, next);
  return next.texts;
}

/** Whether `language`'s texts have loaded, with those of the parts of `types`. */
export function builtinTextsLoaded(language: string, types: Iterable<string> = []): boolean {
  const builtin = builtinLanguageOf(language);
  return (
    LANGUAGES[builtin].loaded() !== undefined &&
    partsOf(types).every((part) => part.languages[builtin].loaded() !== undefined)
  );
}

/**
 * Loads skjema's own UI texts for `language` (English for a language it has none in), so that
 * text lookups in that language find them: the texts every form shows, and those of `types` (the
 * component types of the form) that only some forms show. `loadLayoutSet` loads those of the
 * app's languages and types and `SkjemaForm` those of the language it shows, before the first
 * render; a host that switches a form built without them to another language awaits this first.
 * Loading again costs nothing.
 */
export function loadBuiltinTexts(language: string, types: Iterable<string> = []): Promise<Texts> {
  for (const part of partsOf(types)) wanted.add(part);
  const builtin = builtinLanguageOf(language);
  // A failed fetch (a new deploy, a dropped connection) is tried again on the next call.
  const loads = [LANGUAGES[builtin].load(), ...[...wanted].map((part) => part.languages[builtin].load())];
  return Promise.all(loads).then(() => loadedBuiltinTexts(builtin) ?? {});
}
