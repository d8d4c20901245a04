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

describe('the built-in texts of a component type few forms have (issue 14)', () => {
  it('are there in the first render of a form with that type, never their keys', async () => {
    vi.resetModules();
    const { render, screen, cleanup } = await import('@testing-library/react');
    const { createElement } = await import('react');
    const { SkjemaForm } = await import('../../../src/react/SkjemaForm.tsx');
    const { loadBuiltinTexts, loadedBuiltinTexts } =
      await import('../../../src/core/texts/builtin/builtinTextsLoader.ts');
    const { formOf } = await import('../../../stories/support/formOf.ts');
    await loadBuiltinTexts('nb');
    expect(loadedBuiltinTexts('nb')).not.toHaveProperty('custom_button.untitled');

    const keysShown: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('custom_button.')) keysShown.push(document.body.textContent);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(createElement(SkjemaForm, { layoutSet: formOf([{ id: 'run', type: 'CustomButton', actions: [] }]) }));
    expect(await screen.findByRole('button', { name: 'Utfør' })).toBeInTheDocument();
    observer.disconnect();
    expect(keysShown).toEqual([]);
    cleanup();
  });
});
