import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppListPage } from '../../src/preview-page/AppListPage.tsx';
import type { PreviewAppListConfig } from '../../src/preview-page/appList.ts';
import { expectNoAxeViolations } from '../react/support/renderForm.tsx';

const apps: PreviewAppListConfig['apps'] = [
  { org: 'skjema', app: 'event-permit', title: { nb: 'Søknad om arrangement', en: 'Event permit' } },
  { org: 'ttd', app: 'moving', title: { nb: 'Flyttemelding' } },
  { org: 'ttd', app: 'untitled', title: {} },
];

/** The page at `/` when one preview server runs several apps. */
describe('the several-apps list page', () => {
  it('links every app to its own page, titled in the page language and falling back when a title is missing', async () => {
    const { container } = render(<AppListPage config={{ apps }} language="en" />);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(screen.getByRole('link', { name: /Event permit/ })).toHaveAttribute('href', '/skjema/event-permit/');
    expect(screen.getByRole('link', { name: /Flyttemelding/ })).toHaveAttribute('href', '/ttd/moving/');
    expect(screen.getByRole('link', { name: /^untitled/ })).toHaveAttribute('href', '/ttd/untitled/');
    expect(container).toHaveTextContent('3');
    await expectNoAxeViolations(container);
  });

  it('speaks Norwegian when asked', () => {
    render(<AppListPage config={{ apps }} language="nb" />);
    expect(screen.getByRole('link', { name: /Søknad om arrangement/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Apper i denne forhåndsvisningen' })).toBeInTheDocument();
  });
});
