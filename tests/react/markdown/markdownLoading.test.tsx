import { describe, expect, it, vi } from 'vitest';

describe('a text that needs the Markdown reader before it has loaded (issue 14)', () => {
  it('shows as written, then formatted once the reader has loaded', async () => {
    // Fresh module instances: the reader the test setup loaded is not loaded in these.
    vi.resetModules();
    const { render, screen, cleanup } = await import('@testing-library/react');
    const { Markdown } = await import('../../../src/react/components/shared/Markdown.tsx');
    const { loadedMarkdownParser } = await import('../../../src/core/texts/markdownLoader.ts');
    expect(loadedMarkdownParser()).toBeUndefined();

    render(
      <div data-testid="text">
        <Markdown text="Les **vilkårene** først" />
      </div>,
    );
    const shown = screen.getByTestId('text');
    expect(shown.textContent).toBe('Les **vilkårene** først');
    expect(shown.querySelector('strong')).toBeNull();

    await vi.waitFor(() => expect(shown.querySelector('strong')?.textContent).toBe('vilkårene'));
    expect(shown.textContent).toBe('Les vilkårene først');
    cleanup();
  });

  it('keeps a hostile text inert while the reader loads', async () => {
    vi.resetModules();
    const { render, screen, cleanup } = await import('@testing-library/react');
    const { Markdown } = await import('../../../src/react/components/shared/Markdown.tsx');
    render(
      <div data-testid="text">
        <Markdown text={'<img src=x onerror="alert(1)"><script>alert(2)</script>[x](javascript:alert(3))'} />
      </div>,
    );
    const shown = screen.getByTestId('text');
    expect(shown.querySelector('img, script, a')).toBeNull();
    await vi.waitFor(() => expect(shown.textContent).not.toContain('<script>'));
    expect(shown.querySelector('img, script, a[href^="javascript"]')).toBeNull();
    cleanup();
  });
});

describe('how a text with mark-up becomes elements: loaded only for such texts (issue 14)', () => {
  it('is not loaded for texts without mark-up, which show as their text', async () => {
    vi.resetModules();
    const { render, screen, cleanup } = await import('@testing-library/react');
    const { Markdown } = await import('../../../src/react/components/shared/Markdown.tsx');
    const { markdownElementsPart } = await import('../../../src/react/components/shared/markdownElementsPart.ts');
    const load = vi.spyOn(markdownElementsPart, 'load');

    render(
      <div data-testid="text">
        <Markdown text="Fornavn" />
        <Markdown text="Etternavn" inline />
      </div>,
    );
    expect(screen.getByTestId('text').textContent).toBe('FornavnEtternavn');
    expect(load).not.toHaveBeenCalled();
    expect(markdownElementsPart.loaded()).toBeUndefined();
    cleanup();
  });

  it('is there in the first render of a form whose texts have mark-up', async () => {
    vi.resetModules();
    const { render, screen, cleanup } = await import('@testing-library/react');
    const { createElement } = await import('react');
    const { SkjemaForm } = await import('../../../src/react/SkjemaForm.tsx');
    const { preloadParts } = await import('../../../src/core/app/preloadParts.ts');
    const { markdownElementsPart } = await import('../../../src/react/components/shared/markdownElementsPart.ts');
    const { formOf } = await import('../../../stories/support/formOf.ts');
    const layoutSet = formOf(
      [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'name' },
          textResourceBindings: { title: 'name.title' },
        },
      ],
      { texts: { nb: [{ id: 'name.title', value: 'Ditt **fulle** navn' }] } },
    );
    await preloadParts(layoutSet);
    expect(markdownElementsPart.loaded()).toBeUndefined();

    // Every state of the page while the form mounts: the text is never shown as written.
    const shownAsWritten: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('**fulle**')) shownAsWritten.push(document.body.textContent);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    render(createElement(SkjemaForm, { layoutSet }));
    const label = await screen.findByText('fulle');
    observer.disconnect();
    expect(label.tagName).toBe('STRONG');
    expect(shownAsWritten).toEqual([]);
    cleanup();
  });
});
