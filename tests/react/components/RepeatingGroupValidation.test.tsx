import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'people.title': 'Deltakere', 'name.title': 'Navn', 'age.title': 'Alder' }) };

function people(extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    {
      id: 'people',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'people' },
      textResourceBindings: { title: 'people.title' },
      children: ['name', 'age'],
      ...extra,
    },
    {
      id: 'name',
      type: 'Input',
      required: true,
      dataModelBindings: { simpleBinding: 'people.name' },
      textResourceBindings: { title: 'name.title' },
    },
    {
      id: 'age',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'people.age' },
      textResourceBindings: { title: 'age.title' },
    },
  ];
}

const twoPeople = { people: [{ altinnRowId: 'a', name: 'Kari' }, { altinnRowId: 'b' }] };

describe('RepeatingGroup validation', () => {
  it('keeps a row open when saving it finds errors (validateOnSaveRow), and closes it once fixed', async () => {
    const { user, container } = renderForm(people({ validateOnSaveRow: ['All'] }), { texts, initialData: twoPeople });
    await user.click(screen.getByRole('button', { name: 'Endre rad 2' }));
    const name = screen.getByRole('textbox', { name: 'Navn' });
    await user.click(screen.getByRole('button', { name: 'Lagre og lukk' }));
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Du må fylle ut navn')).toBeInTheDocument();
    await expectNoAxeViolations(container);
    await user.type(name, 'Ola');
    await user.click(screen.getByRole('button', { name: 'Lagre og lukk' }));
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });

  it('without validateOnSaveRow, saving a row checks nothing', async () => {
    const { user } = renderForm(people(), { texts, initialData: twoPeople });
    await user.click(screen.getByRole('button', { name: 'Endre rad 2' }));
    await user.click(screen.getByRole('button', { name: 'Lagre og lukk' }));
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });

  it('opens the closed row holding a field when its error report link is followed', async () => {
    const { user } = renderForm(people(), { texts, initialData: twoPeople, withSubmit: true });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    const report = await screen.findByRole('group', { name: /Du må rette disse feilene/ });
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
    await user.click(within(report).getByRole('link', { name: 'Du må fylle ut navn' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveFocus());
  });
});
