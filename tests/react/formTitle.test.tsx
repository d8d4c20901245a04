import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LoadedLayoutSet } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';
import { nb } from './support/renderForm.tsx';

const field = { id: 'name', type: 'Input', dataModelBindings: { simpleBinding: 'name' } };

function titleOf(layoutSet: LoadedLayoutSet, language = 'nb'): string | null {
  const { unmount } = render(<SkjemaForm layoutSet={layoutSet} language={language} />);
  const title = screen.getByRole('heading', { level: 1 }).textContent;
  unmount();
  return title;
}

describe('the form title', () => {
  it('is the appName text when the app has one', () => {
    const layoutSet = {
      ...formOf([field], { texts: { nb: nb({ appName: 'Søknad om arrangement' }) } }),
      applicationMetadata: { id: 'ttd/event', title: { nb: 'Fra metadata' } },
    };
    expect(titleOf(layoutSet)).toBe('Søknad om arrangement');
  });

  it("is the metadata title in the form's language, else in Bokmål, else in any language", () => {
    const titled = (title: Record<string, string>) => ({
      ...formOf([field], { texts: { nb: [], en: [] } }),
      applicationMetadata: { id: 'ttd/event', title },
    });
    expect(titleOf(titled({ nb: 'Søknad', en: 'Application' }), 'en')).toBe('Application');
    expect(titleOf(titled({ nb: 'Søknad', nn: 'Søknad (nn)' }), 'en')).toBe('Søknad');
    expect(titleOf(titled({ nn: 'Søknad (nn)' }), 'en')).toBe('Søknad (nn)');
  });

  it("is the app's name from its id when the metadata has no title, never the layout set's id", () => {
    const layoutSet = { ...formOf([field]), applicationMetadata: { id: 'ttd/event-permit' } };
    expect(titleOf(layoutSet)).toBe('event-permit');
  });
});
