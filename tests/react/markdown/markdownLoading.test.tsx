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
