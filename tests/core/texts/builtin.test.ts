import { describe, expect, it } from 'vitest';
import { builtinTexts, type BuiltinLanguage } from '../../../src/core/texts/builtin/index.ts';

const languages = Object.keys(builtinTexts) as BuiltinLanguage[];
const placeholders = (text: string): string[] => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

describe('built-in UI texts', () => {
  it('ships nb, nn and en', () => {
    expect(languages.sort()).toEqual(['en', 'nb', 'nn']);
  });

  it.each(languages)('%s has exactly the same keys as nb', (language) => {
    expect(Object.keys(builtinTexts[language]).sort()).toEqual(Object.keys(builtinTexts.nb).sort());
  });

  it.each(languages)('%s has no empty values', (language) => {
    const empty = Object.entries(builtinTexts[language])
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s uses the same {n} placeholders per key as nb', (language) => {
    for (const [key, value] of Object.entries(builtinTexts.nb)) {
      expect(placeholders(builtinTexts[language][key] ?? ''), `${language}: ${key}`).toEqual(placeholders(value));
    }
  });

  it('numbers placeholders from {0} without gaps', () => {
    for (const [key, value] of Object.entries(builtinTexts.nb)) {
      const used = placeholders(value).map((p) => Number(p.slice(1, -1)));
      expect(used, key).toEqual(used.map((_, index) => index));
    }
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
