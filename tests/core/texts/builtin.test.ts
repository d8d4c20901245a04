import { describe, expect, it } from 'vitest';
import { appShellTexts } from '../../../src/core/texts/builtin/appShell/index.ts';
import { builtinTexts, en, nb, nn, type BuiltinLanguage } from '../../../src/core/texts/builtin/index.ts';
import { playgroundTexts } from '../../../src/core/texts/builtin/playground/index.ts';
import { previewPageTexts } from '../../../src/core/texts/builtin/previewPage/index.ts';
import { typesTexts } from '../../../src/core/texts/builtin/typesTexts.ts';

const languages = Object.keys(builtinTexts) as BuiltinLanguage[];
// The form's texts, and those only the pages around it or the preview load (issue 14).
const parts = {
  form: { nb, nn, en },
  ...typesTexts,
  appShell: appShellTexts,
  previewPage: previewPageTexts,
  playground: playgroundTexts,
};
const cases = Object.entries(parts).flatMap(([part, texts]) =>
  languages.map((language) => ({ part, language, texts })),
);
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

describe('built-in UI texts', () => {
  it('ships nb, nn and en', () => {
    expect(languages.sort()).toEqual(['en', 'nb', 'nn']);
  });

  it('ships every part in the same languages', () => {
    for (const texts of Object.values(parts)) expect(Object.keys(texts).sort()).toEqual(languages.sort());
  });

  it.each(cases)('$part: $language has exactly the same keys as nb', ({ language, texts }) => {
    expect(Object.keys(texts[language]).sort()).toEqual(Object.keys(texts.nb).sort());
  });

  it.each(cases)('$part: $language has no empty values', ({ language, texts }) => {
    const empty = Object.entries(texts[language])
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(cases)('$part: $language uses the same {n} placeholders per key as nb', ({ language, texts }) => {
    for (const [key, value] of Object.entries(texts.nb)) {
      expect(placeholders(texts[language][key] ?? ''), `${language}: ${key}`).toEqual(placeholders(value));
    }
  });

  it.each(Object.entries(parts))('%s numbers placeholders from {0} without gaps', (_part, texts) => {
    for (const [key, value] of Object.entries(texts.nb)) {
      const used = placeholders(value).map((p) => Number(p.slice(1, -1)));
      expect(used, key).toEqual(used.map((_, index) => index));
    }
  });

  it('has each key in one part only, so which text a key names never depends on the page', () => {
    const keys = Object.values(parts).flatMap((texts) => Object.keys(texts.nb));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('contains the keys the renderer relies on', () => {
    expect(builtinTexts.nb).toMatchObject({
      'navigation.page_x_of_y': 'Side {0} av {1}',
      'general.required': 'Påkrevd',
      'general.optional': 'Valgfri',
      'form_filler.required_label': 'Obligatoriske felter er merket med *',
      'form_filler.error_required': 'Du må fylle ut {0}',
      'language.selector.label': 'Språk',
      'dropdown.choose': 'Velg …',
      'unknown_component.title': 'Ukjent komponenttype «{0}»',
      'validation.generic_field': 'dette feltet',
      'input_components.remaining_characters': 'Du har {0} av {1} tegn igjen',
      'form_filler.page_title': '{0} – {1}',
    });
  });
});
