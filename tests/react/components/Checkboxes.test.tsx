import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { createInMemoryFormServices } from '../../../src/core/services/inMemoryFormServices.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';
import { renderWithServices } from '../support/renderWithServices.tsx';
import { withModalDialogs } from '../support/modalDialogs.ts';

const texts = {
  nb: nb({
    'event.services.title': 'Hva skal skje på arrangementet?',
    'event.services.description': 'Kryss av for alt som gjelder.',
    'event.services.foodSale': 'Salg av mat',
    'event.services.alcohol': 'Servering av alkohol',
    'event.services.alcohol.description': 'Krever egen skjenkebevilling.',
    'event.services.amplifiedMusic': 'Forsterket musikk',
    'event.services.roadClosure': 'Stenging av vei',
    'conditions.accept.title': 'Bekreftelse',
    'conditions.accept.option': 'Jeg har lest og godtar vilkårene',
  }),
};

const GROUP_NAME = 'Hva skal skje på arrangementet? Kryss av for alt som gjelder.';

function services(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'event-services',
    type: 'Checkboxes',
    dataModelBindings: { simpleBinding: 'event.services' },
    textResourceBindings: { title: 'event.services.title', description: 'event.services.description' },
    options: [
      { value: 'foodSale', label: 'event.services.foodSale' },
      { value: 'alcohol', label: 'event.services.alcohol', description: 'event.services.alcohol.description' },
      { value: 'amplifiedMusic', label: 'event.services.amplifiedMusic' },
      { value: 'roadClosure', label: 'event.services.roadClosure' },
    ],
    ...extra,
  };
}

describe('Checkboxes', () => {
  it('is a group named by its legend and description, with one labelled checkbox per option', async () => {
    const { container } = renderForm([services()], { texts });
    const boxes = within(await screen.findByRole('group', { name: GROUP_NAME })).getAllByRole('checkbox');
    expect(boxes.map((box) => box.getAttribute('value'))).toEqual([
      'foodSale',
      'alcohol',
      'amplifiedMusic',
      'roadClosure',
    ]);
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).toHaveAccessibleDescription(
      'Krever egen skjenkebevilling.',
    );
    for (const box of boxes) expect(box).not.toBeChecked();
    await expectNoAxeViolations(container);
  });

  it('shows a Markdown list in the description as valid HTML, still part of the group name', async () => {
    const { container } = renderForm(
      [services({ textResourceBindings: { title: 'event.services.title', description: 'list' } })],
      {
        texts: { nb: [...texts.nb, ...nb({ list: 'Egne tillatelser trengs for:\n\n- skjenking\n- stenging av vei' })] },
      },
    );
    expect(
      await screen.findByRole('group', {
        name: 'Hva skal skje på arrangementet? Egne tillatelser trengs for: skjenking stenging av vei',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(container.querySelector('p ul, p div')).toBeNull();
    await expectNoAxeViolations(container);
  });

  it('stores the checked values comma-separated in the order of the options, not of the clicks', async () => {
    const { user, submitted } = renderForm([services()], { texts, withSubmit: true });
    await user.click(screen.getByRole('checkbox', { name: 'Stenging av vei' }));
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Forsterket musikk' }));
    expect(await submitted()).toEqual({ event: { services: 'foodSale,amplifiedMusic,roadClosure' } });
  });

  it('removes a value when the user unchecks it, with the keyboard too', async () => {
    const { user, submitted } = renderForm([services()], {
      texts,
      withSubmit: true,
      initialData: { event: { services: 'foodSale,alcohol' } },
    });
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Forsterket musikk' })).not.toBeChecked();
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
    expect(await submitted()).toEqual({ event: { services: 'alcohol' } });
  });

  it('reads stored values with spaces after the commas', () => {
    renderForm([services()], { texts, initialData: { event: { services: 'alcohol, roadClosure' } } });
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Stenging av vei' })).toBeChecked();
  });

  it('marks a required group with the asterisk in the legend', async () => {
    const { container } = renderForm([services({ required: true })], { texts });
    expect(container.querySelector('legend')).toHaveTextContent('Hva skal skje på arrangementet? *');
    expect(screen.getByText('Obligatoriske felter er merket med *')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('makes a single required checkbox (accept the terms) required for assistive technology', async () => {
    const { container, user, submitted } = renderForm(
      [
        {
          id: 'conditions-accept',
          type: 'Checkboxes',
          required: true,
          dataModelBindings: { simpleBinding: 'conditions.accepted' },
          textResourceBindings: { title: 'conditions.accept.title' },
          options: [{ value: 'true', label: 'conditions.accept.option' }],
        },
      ],
      {
        texts,
        withSubmit: true,
        schema: {
          type: 'object',
          properties: { conditions: { type: 'object', properties: { accepted: { type: 'boolean' } } } },
        },
      },
    );
    const box = screen.getByRole('checkbox', { name: 'Jeg har lest og godtar vilkårene' });
    expect(box).toHaveAttribute('aria-required', 'true');
    await user.click(box);
    expect(await submitted()).toEqual({ conditions: { accepted: true } });
    await expectNoAxeViolations(container);
  });

  it('does not let the user change a read-only group', async () => {
    const { container, user, submitted } = renderForm([services({ readOnly: true })], {
      texts,
      withSubmit: true,
      initialData: { event: { services: 'alcohol' } },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Servering av alkohol' }));
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).toBeChecked();
    expect(await submitted()).toEqual({ event: { services: 'alcohol' } });
    await expectNoAxeViolations(container);
  });

  it('takes options from a code list and shows them in a row when layout is "row"', async () => {
    const { container } = renderForm(
      [
        {
          id: 'days',
          type: 'Checkboxes',
          layout: 'row',
          optionsId: 'days',
          dataModelBindings: { simpleBinding: 'days' },
          textResourceBindings: { title: 'days' },
        },
      ],
      {
        texts: { nb: nb({ days: 'Hvilke dager?', 'day.sat': 'Lørdag', 'day.sun': 'Søndag' }) },
        options: {
          days: [
            { value: 'sat', label: 'day.sat' },
            { value: 'sun', label: 'day.sun' },
          ],
        },
      },
    );
    const group = await screen.findByRole('group', { name: 'Hvilke dager?' });
    expect(group).toHaveAttribute('data-layout', 'row');
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['sat', 'sun']);
    expect(screen.getByRole('checkbox', { name: 'Lørdag' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

withModalDialogs();

describe('Checkboxes in the object-list mode (group + checked)', () => {
  const inGroup = (extra: Partial<RawComponent> = {}) =>
    services({
      dataModelBindings: {
        group: 'event.chosen',
        simpleBinding: 'event.chosen.service',
        checked: 'event.chosen.isChecked',
        label: 'event.chosen.name',
      },
      ...extra,
    });

  it('adds a row with altinnRowId, the value, the label and checked=true per checked option', async () => {
    const { user, submitted, container } = renderForm([inGroup()], { texts, withSubmit: true });
    await user.click(screen.getByRole('checkbox', { name: 'Stenging av vei' }));
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    expect(screen.getByRole('checkbox', { name: 'Stenging av vei' })).toBeChecked();
    const rows = ((await submitted()).event as { chosen: Record<string, unknown>[] }).chosen;
    expect(rows.map(({ altinnRowId, ...rest }) => [typeof altinnRowId, rest])).toEqual([
      ['string', { service: 'roadClosure', name: 'Stenging av vei', isChecked: true }],
      ['string', { service: 'foodSale', name: 'Salg av mat', isChecked: true }],
    ]);
    await expectNoAxeViolations(container);
  });

  const stored = {
    event: {
      chosen: [
        { altinnRowId: 'r1', service: 'foodSale', isChecked: true, note: 'Pølser' },
        { altinnRowId: 'r2', service: 'alcohol', isChecked: false },
        { altinnRowId: 'r3', service: 'roadClosure', isChecked: true },
      ],
    },
  };

  it('shows rows with checked=true as checked, and soft deletion keeps an unchecked row', async () => {
    const { user, submitted } = renderForm([inGroup({ deletionStrategy: 'soft' })], {
      texts,
      withSubmit: true,
      initialData: stored,
    });
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    await user.click(screen.getByRole('checkbox', { name: 'Servering av alkohol' }));
    expect(await submitted()).toEqual({
      event: {
        chosen: [
          { altinnRowId: 'r1', service: 'foodSale', isChecked: false, note: 'Pølser' },
          { altinnRowId: 'r2', service: 'alcohol', isChecked: true },
          { altinnRowId: 'r3', service: 'roadClosure', isChecked: true },
        ],
      },
    });
  });

  it('removes the row with hard deletion', async () => {
    const { user, submitted } = renderForm([inGroup({ deletionStrategy: 'hard' })], {
      texts,
      withSubmit: true,
      initialData: stored,
    });
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
    expect(await submitted()).toEqual({
      event: {
        chosen: [
          { altinnRowId: 'r2', service: 'alcohol', isChecked: false },
          { altinnRowId: 'r3', service: 'roadClosure', isChecked: true },
        ],
      },
    });
  });

  it('counts every row as chosen without a checked binding', async () => {
    const { user, submitted } = renderForm(
      [services({ dataModelBindings: { group: 'event.chosen', simpleBinding: 'event.chosen.service' } })],
      { texts, withSubmit: true, initialData: { event: { chosen: [{ altinnRowId: 'r1', service: 'alcohol' }] } } },
    );
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Servering av alkohol' }));
    expect(await submitted()).toEqual({ event: { chosen: [] } });
  });

  it('preselects preselectedOptionIndex as a row, once: unchecking it does not bring it back', async () => {
    const { user, submitted } = renderForm([inGroup({ preselectedOptionIndex: 1, deletionStrategy: 'hard' })], {
      texts,
      withSubmit: true,
    });
    const alcohol = screen.getByRole('checkbox', { name: 'Servering av alkohol' });
    expect(alcohol).toBeChecked();
    const rows = ((await submitted()).event as { chosen: Record<string, unknown>[] }).chosen;
    expect(rows).toEqual([
      { altinnRowId: expect.any(String), service: 'alcohol', name: 'Servering av alkohol', isChecked: true },
    ]);
    await user.click(alcohol);
    expect(alcohol).not.toBeChecked();
    expect(await submitted()).toEqual({ event: { chosen: [] } });
  });

  it('preselects once options fetched from the app have arrived', async () => {
    const services = createInMemoryFormServices({
      options: {
        services: [
          { value: 'foodSale', label: 'event.services.foodSale' },
          { value: 'alcohol', label: 'event.services.alcohol' },
        ],
      },
    });
    const fetched = vi.spyOn(services, 'fetchOptions');
    const { submitted } = renderWithServices(
      [inGroup({ options: undefined, optionsId: 'services', preselectedOptionIndex: 1 })],
      services,
      { texts, withSubmit: true },
    );
    // The options come from an async service: on a busy machine they take longer than findBy's second.
    expect(await screen.findByRole('checkbox', { name: 'Servering av alkohol' }, { timeout: 5000 })).toBeChecked();
    expect(fetched).toHaveBeenCalled();
    const rows = ((await submitted()).event as { chosen: Record<string, unknown>[] }).chosen;
    expect(rows).toEqual([expect.objectContaining({ service: 'alcohol', isChecked: true })]);
  });

  it('does not preselect when a row is already chosen', async () => {
    const { submitted } = renderForm([inGroup({ preselectedOptionIndex: 1 })], {
      texts,
      withSubmit: true,
      initialData: { event: { chosen: [{ altinnRowId: 'r3', service: 'roadClosure', isChecked: true }] } },
    });
    expect(screen.getByRole('checkbox', { name: 'Servering av alkohol' })).not.toBeChecked();
    expect(await submitted()).toEqual({
      event: { chosen: [{ altinnRowId: 'r3', service: 'roadClosure', isChecked: true }] },
    });
  });

  it('is required until one row is checked', async () => {
    const { user } = renderForm([inGroup({ required: true, deletionStrategy: 'soft' })], {
      texts,
      withSubmit: true,
      initialData: { event: { chosen: [{ altinnRowId: 'r2', service: 'alcohol', isChecked: false }] } },
    });
    await user.click(screen.getByRole('button', { name: /send inn/i }));
    expect((await screen.findAllByText(/Du må fylle ut/)).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Servering av alkohol' }));
    expect(screen.queryAllByText(/Du må fylle ut/)).toHaveLength(0);
  });
});

describe('Checkboxes with alertOnChange', () => {
  it('asks in a dialog before unchecking; cancel keeps the value, yes removes it', async () => {
    const { user, submitted } = renderForm([services({ alertOnChange: true })], {
      texts,
      withSubmit: true,
      initialData: { event: { services: 'foodSale,alcohol' } },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Forsterket musikk' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    const dialog = screen.getByRole('dialog', { name: 'Er du sikker på at du vil fjerne «Salg av mat»?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Salg av mat' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, fjern' }));
    expect(screen.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
    expect(await submitted()).toEqual({ event: { services: 'alcohol,amplifiedMusic' } });
  });
});
