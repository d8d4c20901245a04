import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    appName: 'Søknad om arrangementstillatelse',
    'applicant.header': 'Om søkeren',
    'org.header': 'Om organisasjonen',
    'event.header': 'Om arrangementet',
    'summary.header': 'Oppsummering',
    'applicant.type': 'Hvem søker?',
    'nav.next': 'Gå videre',
    'nav.back': 'Gå tilbake',
  }),
};

const header = (id: string, title: string): RawComponent => ({
  id,
  type: 'Header',
  size: 'L',
  textResourceBindings: { title },
});
const nav = (id: string, extra: Partial<RawComponent> = {}): RawComponent => ({
  id,
  type: 'NavigationButtons',
  showBackButton: true,
  ...extra,
});

const threePages = {
  applicant: [header('applicant-header', 'applicant.header'), nav('applicant-nav')],
  event: [header('event-header', 'event.header'), nav('event-nav')],
  summary: [header('summary-header', 'summary.header'), nav('summary-nav')],
};

const pageHeading = () => screen.getByRole('heading', { level: 2 });

describe('NavigationButtons', () => {
  it('shows only "Neste" on the first page and moves to the next page with it', async () => {
    const { container, user } = renderForm([], { texts, pages: threePages });
    expect(pageHeading()).toHaveTextContent('Om søkeren');
    expect(screen.queryByRole('button', { name: 'Tilbake' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
  });

  it('shows next (the primary, first) and back on a middle page, and only back on the last page', async () => {
    const { container, user } = renderForm([], { texts, pages: threePages });
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Neste', 'Tilbake']);
    expect(screen.getByRole('button', { name: 'Neste' })).toHaveAttribute('data-variant', 'primary');
    expect(screen.getByRole('button', { name: 'Tilbake' })).toHaveAttribute('data-variant', 'secondary');
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(pageHeading()).toHaveTextContent('Oppsummering');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Tilbake']);
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
  });

  it('moves keyboard focus to the form title after a page change', async () => {
    const { user } = renderForm([], { texts, pages: threePages });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Neste' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
    expect(screen.getByRole('heading', { level: 1, name: 'Søknad om arrangementstillatelse' })).toHaveFocus();
  });

  it('hides the back button when showBackButton is false', async () => {
    const { user } = renderForm([], {
      texts,
      pages: {
        ...threePages,
        event: [header('event-header', 'event.header'), nav('event-nav', { showBackButton: false })],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Neste']);
  });

  it('uses the texts the layout gives for next and back', async () => {
    const { user } = renderForm([], {
      texts,
      pages: {
        applicant: [nav('applicant-nav', { textResourceBindings: { next: 'nav.next', back: 'nav.back' } })],
        event: [nav('event-nav', { textResourceBindings: { next: 'nav.next', back: 'nav.back' } })],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Gå videre' }));
    expect(screen.getByRole('button', { name: 'Gå tilbake' })).toBeInTheDocument();
  });

  it('skips a page that is hidden by an expression, in both directions', async () => {
    const { user } = renderForm([], {
      texts,
      pages: {
        applicant: [
          header('applicant-header', 'applicant.header'),
          {
            id: 'applicant-type',
            type: 'RadioButtons',
            dataModelBindings: { simpleBinding: 'applicant.type' },
            textResourceBindings: { title: 'applicant.type' },
            options: [
              { value: 'person', label: 'Privatperson' },
              { value: 'organisation', label: 'Organisasjon' },
            ],
          },
          nav('applicant-nav'),
        ],
        organisation: [header('org-header', 'org.header'), nav('org-nav')],
        event: [header('event-header', 'event.header'), nav('event-nav')],
      },
      hiddenPages: { organisation: ['notEquals', ['dataModel', 'applicant.type'], 'organisation'] },
      initialData: { applicant: { type: 'person' } },
    });
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(pageHeading()).toHaveTextContent('Om arrangementet');
    expect(screen.queryByRole('button', { name: 'Neste' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tilbake' }));
    expect(pageHeading()).toHaveTextContent('Om søkeren');

    await user.click(screen.getByRole('radio', { name: 'Organisasjon' }));
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(pageHeading()).toHaveTextContent('Om organisasjonen');
  });

  it('renders nothing on a single-page form', () => {
    renderForm([nav('only-nav')], { texts });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  describe("SkjemaForm's page prop", () => {
    it('opens the form on that page, follows it when it changes, and lets the user navigate in between', async () => {
      const { user, rerender } = renderForm([], { texts, pages: threePages, page: 'event' });
      expect(pageHeading()).toHaveTextContent('Om arrangementet');
      await user.click(screen.getByRole('button', { name: 'Neste' }));
      expect(pageHeading()).not.toHaveTextContent('Om arrangementet');
      const layoutSet = formOf([], { texts, pages: threePages });
      rerender(<SkjemaForm layoutSet={layoutSet} page="applicant" />);
      expect(pageHeading()).toHaveTextContent('Om søkeren');
    });

    it('ignores a page the form would not show', () => {
      renderForm([], { texts, pages: threePages, page: 'nowhere' });
      expect(pageHeading()).toHaveTextContent('Om søkeren');
    });
  });
});
