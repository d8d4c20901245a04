import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { fileSource } from '../../src/core/node/fileSource.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';

describe('a form built from a shared library (issue 15, point 6)', () => {
  it('shows the shared page with the shared code list and texts, the app’s own text winning', async () => {
    const { layoutSet } = await loadLayoutSet(fileSource(resolve('tests/core/fixtures/library-app')));
    render(<SkjemaForm layoutSet={layoutSet!} language="nb" />);
    expect(await screen.findByRole('heading', { name: 'Hvem søker?' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Navn/ })).toBeTruthy();
    const municipality = screen.getByRole('combobox', { name: /Kommune/ });
    await userEvent.setup().click(municipality);
    expect(await screen.findByRole('option', { name: 'Trondheim' })).toBeTruthy();
  });
});
