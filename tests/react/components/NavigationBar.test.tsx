import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ applicant: 'Om søkeren', event: 'Om arrangementet', summary: 'Oppsummering' }) };
const page = (key: string, extra: Record<string, unknown> = {}): RawComponent[] => [
  { id: `${key}-nav`, type: 'NavigationBar', ...extra },
  { id: `${key}-header`, type: 'Header', size: 'L', textResourceBindings: { title: key } },
];
const pages = (extra: Record<string, unknown> = {}) => ({
  applicant: page('applicant', extra),
  event: page('event', extra),
  summary: page('summary', extra),
});

describe('NavigationBar', () => {
  it('lists the pages in order and marks the current one', async () => {
    const { container } = renderForm([], { texts, pages: pages() });
    const nav = screen.getByRole('navigation', { name: 'Sider i skjemaet' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Om søkeren', 'Om arrangementet', 'Oppsummering']);
    expect(buttons[0]).toHaveAttribute('aria-current', 'page');
    expect(buttons[1]).not.toHaveAttribute('aria-current');
    await expectNoAxeViolations(container);
  });

  it('goes to the page the user picks', async () => {
    const { user } = renderForm([], { texts, pages: pages() });
    await user.click(screen.getByRole('button', { name: 'Oppsummering' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Oppsummering');
    expect(screen.getByRole('button', { name: 'Oppsummering' })).toHaveAttribute('aria-current', 'page');
  });

  it('leaves out hidden pages', () => {
    renderForm([], { texts, pages: pages(), hiddenPages: { event: true } });
    expect(screen.queryByRole('button', { name: 'Om arrangementet' })).not.toBeInTheDocument();
  });

  it('folds the list behind a disclosure button when compact', async () => {
    const { user, container } = renderForm([], { texts, pages: pages({ compact: true }) });
    const toggle = screen.getByRole('button', { name: 'Side 1 av 3: Om søkeren' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Oppsummering' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Om arrangementet' }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Om arrangementet');
    expect(screen.getByRole('button', { name: 'Side 2 av 3: Om arrangementet' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('checks validateOnForward before a jump ahead and validateOnBackward before a jump back', async () => {
    const required: RawComponent = {
      id: 'name',
      type: 'Input',
      required: true,
      dataModelBindings: { simpleBinding: 'name' },
      textResourceBindings: { title: 'applicant' },
    };
    const check = { page: 'current', show: ['Required'] };
    const { user } = renderForm([], {
      texts,
      pages: {
        applicant: [...page('applicant', { validateOnForward: check }), required],
        event: page('event', { validateOnBackward: check }),
        summary: page('summary'),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Oppsummering' }));
    // The required field stops the jump; the error report lists it.
    expect(screen.getByRole('button', { name: 'Om søkeren' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getAllByText('Du må fylle ut om søkeren').length).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: /Om søkeren/ }), 'Kari');
    await user.click(screen.getByRole('button', { name: 'Om arrangementet' }));
    expect(screen.getByRole('button', { name: 'Om arrangementet' })).toHaveAttribute('aria-current', 'page');
    // Nothing to fix on this page: the way back is open.
    await user.click(screen.getByRole('button', { name: 'Om søkeren' }));
    expect(screen.getByRole('button', { name: 'Om søkeren' })).toHaveAttribute('aria-current', 'page');
  });
});
