import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TextResource } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../../stories/support/formOf.ts';

describe("a text variable without a dataSource in the app's name", () => {
  it('leaves the form standing, the title showing the variable as its key', () => {
    const texts = {
      nb: [
        { id: 'appName', value: 'Søknad for {0}', variables: [{ key: 'applicant.name' }] },
        { id: 'name.title', value: 'Navn {0}', variables: [null] },
      ] as unknown as TextResource[],
    };
    const layoutSet = formOf(
      [
        {
          id: 'name',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'applicant.name' },
          textResourceBindings: { title: 'name.title' },
        },
      ],
      { texts },
    );
    render(<SkjemaForm layoutSet={layoutSet} language="nb" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Søknad for applicant.name');
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeTruthy();
  });
});
