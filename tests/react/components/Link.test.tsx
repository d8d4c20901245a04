import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({ 'rules.title': 'Les reglene', 'rules.url': 'https://example.no/regler', 'form.pdf': 'skjema.pdf' }),
};
const link = (extra: Record<string, unknown>) => ({
  id: 'rules',
  type: 'Link',
  style: 'link',
  textResourceBindings: { title: 'rules.title', target: 'rules.url' },
  ...extra,
});

describe('Link', () => {
  it('is a plain link to the target text', async () => {
    const { container } = renderForm([link({})], { texts });
    const anchor = screen.getByRole('link', { name: 'Les reglene' });
    expect(anchor).toHaveAttribute('href', 'https://example.no/regler');
    expect(anchor).not.toHaveAttribute('target');
    await expectNoAxeViolations(container);
  });

  it('opens in a new tab safely and says so to screen readers', () => {
    renderForm([link({ openInNewTab: true })], { texts });
    const anchor = screen.getByRole('link', { name: /^Les reglene\s*\(åpnes i ny fane\)$/ });
    expect(anchor).toHaveAttribute('target', '_blank');
    expect(anchor).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('looks like a button with style primary or secondary, with size and full width', async () => {
    const { container } = renderForm([link({ style: 'primary', size: 'lg', fullWidth: true, position: 'right' })], {
      texts,
    });
    const anchor = screen.getByRole('link', { name: 'Les reglene' });
    expect(anchor).toHaveClass('ds-button', 'skjema-button--full-width');
    expect(anchor).toHaveAttribute('data-variant', 'primary');
    expect(anchor).toHaveAttribute('data-size', 'lg');
    expect(anchor.parentElement).toHaveClass('skjema-action--right');
    await expectNoAxeViolations(container);
  });

  it('downloads with the given file name, or the default one when the name is blank', () => {
    renderForm(
      [
        link({ textResourceBindings: { title: 'rules.title', target: 'rules.url', download: 'form.pdf' } }),
        { ...link({}), id: 'plain', textResourceBindings: { title: 'Last ned', target: '/files/a.pdf', download: '' } },
      ],
      { texts },
    );
    expect(screen.getByRole('link', { name: 'Les reglene' })).toHaveAttribute('download', 'skjema.pdf');
    expect(screen.getByRole('link', { name: 'Last ned' })).toHaveAttribute('download', '');
  });

  it('never links to a javascript: URL', () => {
    renderForm([link({ textResourceBindings: { title: 'rules.title', target: 'javascript:alert(1)' } })], { texts });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
