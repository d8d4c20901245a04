import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'contact.title': 'Kontaktperson',
    'contact.description': 'Den vi kan ringe på arrangementsdagen.',
    'name.title': 'Navn',
    'phone.title': 'Telefon',
    'inner.title': 'Reserve',
  }),
};

function group(extra: Partial<RawComponent> = {}, more: RawComponent[] = []): RawComponent[] {
  return [
    {
      id: 'contact',
      type: 'Group',
      textResourceBindings: { title: 'contact.title', description: 'contact.description' },
      children: ['name', 'phone'],
      ...extra,
    },
    {
      id: 'name',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'contact.name' },
      textResourceBindings: { title: 'name.title' },
    },
    {
      id: 'phone',
      type: 'Input',
      dataModelBindings: { simpleBinding: 'contact.phone' },
      textResourceBindings: { title: 'phone.title' },
    },
    ...more,
  ];
}

describe('Group', () => {
  it('is a named group with a heading, a description and its fields', async () => {
    const { container } = renderForm(group(), { texts });
    const fieldset = await screen.findByRole('group', { name: /Kontaktperson/ });
    expect(within(fieldset).getByRole('heading', { level: 2, name: 'Kontaktperson' })).toBeInTheDocument();
    expect(within(fieldset).getByText('Den vi kan ringe på arrangementsdagen.')).toBeInTheDocument();
    expect(
      within(fieldset)
        .getAllByRole('textbox')
        .map((input) => input.id),
    ).toEqual(['name', 'phone']);
    await expectNoAxeViolations(container);
  });

  it('uses headingLevel and groupingIndicator', () => {
    const { container } = renderForm(group({ headingLevel: 4, groupingIndicator: 'panel' }), { texts });
    expect(screen.getByRole('heading', { level: 4, name: 'Kontaktperson' })).toBeInTheDocument();
    expect(container.querySelector('#contact')).toHaveClass('skjema-group-panel');
  });

  it('nests a group one heading level deeper', () => {
    renderForm(
      group({ children: ['name', 'inner'] }, [
        {
          id: 'inner',
          type: 'Group',
          textResourceBindings: { title: 'inner.title' },
          children: ['phone'],
          groupingIndicator: 'indented',
        },
      ]),
      { texts },
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Reserve' })).toBeInTheDocument();
  });

  it('adds no heading level when it has no title, so the heading of a group inside it skips none', () => {
    renderForm(
      group({ textResourceBindings: {}, children: ['name', 'inner'] }, [
        { id: 'inner', type: 'Group', textResourceBindings: { title: 'inner.title' }, children: ['phone'] },
      ]),
      { texts },
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Reserve' })).toBeInTheDocument();
  });

  it('nests a group below one with headingLevel, a level deeper than that', () => {
    renderForm(
      group({ headingLevel: 3, children: ['name', 'inner'] }, [
        { id: 'inner', type: 'Group', textResourceBindings: { title: 'inner.title' }, children: ['phone'] },
      ]),
      { texts },
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Reserve' })).toBeInTheDocument();
  });

  it('renders the children without a fieldset when it has no title', () => {
    renderForm(group({ textResourceBindings: {} }), { texts });
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(screen.getAllByRole('textbox')).toHaveLength(2);
  });

  it('hides its children with it', async () => {
    const { user } = renderForm(
      group({ hidden: ['equals', ['dataModel', 'hide'], 'x'] }, [
        {
          id: 'hide',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'hide' },
          textResourceBindings: { title: 'Skjul' },
        },
      ]),
      { texts },
    );
    expect(screen.getByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Skjul' }), 'x');
    expect(screen.queryByRole('textbox', { name: 'Navn' })).not.toBeInTheDocument();
  });
});
