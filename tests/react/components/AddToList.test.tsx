import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

// jsdom has <dialog> but not its modal methods; this is just enough for the open/close state.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  proto.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const texts = { nb: nb({ 'stands.title': 'Salgsboder', 'stand.name': 'Navn på boden' }) };
const schema = {
  type: 'object',
  properties: {
    stands: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          altinnRowId: { type: 'string' },
          name: { type: 'string', title: 'stand.name' },
          area: { type: 'number' },
          kind: { type: 'string', enum: ['Mat', 'Bruktsalg'] },
          power: { type: 'boolean' },
          owner: { type: 'object', properties: { name: { type: 'string' } } },
        },
      },
    },
  },
};

const addToList = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'add-stand',
  type: 'AddToList',
  title: 'stands.title',
  dataModelBindings: { data: 'stands' },
  ...extra,
});

describe('AddToList', () => {
  it('adds a typed row from the dialog fields the item schema describes', async () => {
    const { user, submitted, container } = renderForm([addToList()], { texts, schema, withSubmit: true });
    expect(screen.getByText('Rader lagt til: 0')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const dialog = screen.getByRole('dialog', { name: 'Salgsboder' });
    const inside = within(dialog);
    // Nested objects need a form of their own; the dialog offers only flat fields.
    expect(inside.queryByRole('textbox', { name: /owner/ })).toBeNull();
    await user.type(inside.getByRole('textbox', { name: /Navn på boden/ }), 'Vaffelbua');
    await user.type(inside.getByRole('textbox', { name: 'area' }), '12,5');
    await user.selectOptions(inside.getByRole('combobox', { name: 'kind' }), 'Mat');
    await user.click(inside.getByRole('checkbox', { name: 'power' }));
    await expectNoAxeViolations(container);
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Legg til ny' })).toHaveFocus();
    expect(screen.getByText('Raden er lagt til.')).toBeInTheDocument();
    expect(screen.getByText('Rader lagt til: 1')).toBeInTheDocument();
    const data = await submitted();
    expect(data.stands).toEqual([
      { name: 'Vaffelbua', area: 12.5, kind: 'Mat', power: true, altinnRowId: expect.any(String) },
    ]);
  });

  it('keeps the dialog open with messages for a missing required field and a non-number', async () => {
    const { user } = renderForm([addToList()], { texts, schema });
    await user.click(screen.getByRole('button', { name: 'Legg til ny' }));
    const inside = within(screen.getByRole('dialog'));
    await user.type(inside.getByRole('textbox', { name: 'area' }), 'mye');
    await user.click(inside.getByRole('button', { name: 'Legg til' }));
    const name = inside.getByRole('textbox', { name: /Navn på boden/ });
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription('Du må fylle ut Navn på boden');
    expect(inside.getByRole('textbox', { name: 'area' })).toHaveAccessibleDescription('Skriv inn et tall.');
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    await user.click(inside.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Rader lagt til: 0')).toBeInTheDocument();
  });

  it('offers no add button when read-only', async () => {
    renderForm([addToList({ readOnly: true })], { texts, schema });
    expect(screen.queryByRole('button', { name: 'Legg til ny' })).toBeNull();
  });

  it('asks for at least one row when required', async () => {
    const { user } = renderForm([addToList({ required: true }), { id: 'submit', type: 'Button' }], { texts, schema });
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect((await screen.findAllByText('Du må fylle ut minst én rad')).length).toBeGreaterThan(0);
  });
});
