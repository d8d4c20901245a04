import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../src/core/texts/builtin/en.ts';
import { nb } from '../../../src/core/texts/builtin/nb.ts';

// Fresh module instances: the test setup loaded every language into the shared ones.
async function freshI18n() {
  vi.resetModules();
  const { loadBuiltinTexts } = await import('../../../src/core/texts/builtin/builtinTextsLoader.ts');
  const { createFormI18n } = await import('../../../src/react/i18n/createI18n.ts');
  return { loadBuiltinTexts, createFormI18n };
}

describe("a form's i18next and skjema's own texts (issue 14)", () => {
  it('loads the texts of a language before it switches to it, so no key is ever shown', async () => {
    const { loadBuiltinTexts, createFormI18n } = await freshI18n();
    await loadBuiltinTexts('nb');
    const i18n = createFormI18n('nb', ['nb', 'en']);
    expect(i18n.t('navigation.next')).toBe(nb['navigation.next']);

    const seenAtSwitch: string[] = [];
    i18n.on('languageChanged', () => seenAtSwitch.push(i18n.t('navigation.next')));
    await i18n.changeLanguage('en');

    expect(i18n.language).toBe('en');
    expect(seenAtSwitch).toEqual([en['navigation.next']]);
  });
});
