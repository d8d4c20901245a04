import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ComponentRegistry,
  defineComponent,
  type ComponentDefinition,
  type SkjemaComponentProps,
} from '../../src/react/index.ts';
import { orgNumberInput, orgNumberTexts } from '../../stories/support/orgNumberInput.tsx';
import { expectNoAxeViolations, nb, renderForm } from './support/renderForm.tsx';

const org = { id: 'org', type: 'OrgNumberInput', dataModelBindings: { simpleBinding: 'orgNumber' } };
const orgTexts = { nb: [...orgNumberTexts.nb, ...nb({ 'org.title': 'Organisasjonsnummer' })] };
const titled = { ...org, textResourceBindings: { title: 'org.title' } };

const REPORT = 'Du må rette disse feilene før du kan gå videre';

describe('a custom component’s own validator', () => {
  it('shows its error in the field, blocks submit, and lets the form go once the number is fixed', async () => {
    const form = renderForm([titled], { components: [orgNumberInput], texts: orgTexts, withSubmit: true });
    const field = screen.getByRole('textbox', { name: 'Organisasjonsnummer' });

    await form.user.type(field, '987 654 321');
    expect(field).toHaveAccessibleDescription(
      '987654321 er ikke et gyldig organisasjonsnummer. Sjekk at du har skrevet det riktig.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await form.user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(form.onSubmit).not.toHaveBeenCalled();
    const report = await screen.findByRole('group', { name: REPORT });
    expect(within(report).getByRole('link').textContent).toMatch(/^987654321 er ikke et gyldig/);
    await expectNoAxeViolations(form.container);

    await form.user.clear(field);
    await form.user.type(field, '987654325');
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('group', { name: REPORT })).toBeNull();
    expect(await form.submitted()).toEqual({ orgNumber: '987654325' });
  });

  it('reads its typed layout properties: checkDigit false accepts any nine digits', async () => {
    const form = renderForm([{ ...titled, checkDigit: false }], {
      components: [orgNumberInput],
      texts: orgTexts,
      withSubmit: true,
    });
    await form.user.type(screen.getByRole('textbox', { name: 'Organisasjonsnummer' }), '987654321');
    expect(await form.submitted()).toEqual({ orgNumber: '987654321' });
  });

  it('gives soft issues to the renderer as alerts that do not block', async () => {
    const Plain = ({ node }: SkjemaComponentProps) => <p id={node.id}>{node.baseId}</p>;
    const noted: ComponentDefinition = {
      type: 'Noted',
      category: 'form',
      render: Plain,
      validate: () => [{ severity: 'warning', textKey: 'noted.warning', params: ['7'] }],
    };
    const form = renderForm([{ id: 'noted', type: 'Noted', dataModelBindings: { simpleBinding: 'x' } }], {
      components: [noted],
      texts: { nb: nb({ 'noted.warning': 'Husk vedlegg {0}' }) },
      withSubmit: true,
    });
    expect(screen.getByText('Husk vedlegg 7')).toBeVisible();
    await form.submitted();
  });

  it('reports a validator that throws on its component, and the rest of the form keeps working', async () => {
    const Broken = ({ node }: SkjemaComponentProps) => <p id={node.id}>{node.baseId}</p>;
    const broken: ComponentDefinition = {
      type: 'Broken',
      category: 'form',
      render: Broken,
      validate: () => {
        throw new Error('the agency’s bug');
      },
    };
    const form = renderForm(
      [
        { id: 'broken', type: 'Broken', dataModelBindings: { simpleBinding: 'b' } },
        {
          id: 'name',
          type: 'Input',
          required: true,
          dataModelBindings: { simpleBinding: 'name' },
          textResourceBindings: { title: 'name.title' },
        },
      ],
      { components: [broken], texts: { nb: nb({ 'name.title': 'Navn' }) }, withSubmit: true },
    );
    const failure = 'Kontrollen av komponenten broken feilet. Kontakt den som har laget skjemaet.';
    expect(screen.getByText(failure)).toBeVisible();

    const name = screen.getByRole('textbox', { name: /Navn/ });
    await form.user.type(name, 'Ola');
    expect(name).toHaveValue('Ola');
    await form.user.click(screen.getByRole('button', { name: 'Send inn' }));
    const report = await screen.findByRole('group', { name: REPORT });
    expect(
      within(report)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([failure]);
    expect(form.onSubmit).not.toHaveBeenCalled();
  });

  it('takes validators from a registry given as `registry`', async () => {
    const registry = new ComponentRegistry([orgNumberInput]);
    renderForm([titled], { registry, texts: orgTexts, initialData: { orgNumber: '12' } });
    expect(screen.getByRole('textbox', { name: 'Organisasjonsnummer' })).toHaveAccessibleDescription(
      'Organisasjonsnummeret må ha 9 siffer.',
    );
  });
});

describe('defineComponent', () => {
  it('infers the config type from its reader and parses each layout component once, not per row', async () => {
    let reads = 0;
    const tagged = defineComponent({
      type: 'Tagged',
      category: 'presentation',
      config: (component) => {
        reads++;
        return { tag: typeof component.tag === 'string' ? component.tag : 'none' };
      },
      render: ({ node, config }) => <p id={node.id}>{config.tag.toUpperCase()}</p>,
    });
    renderForm(
      [
        {
          id: 'rows',
          type: 'RepeatingGroup',
          dataModelBindings: { group: 'rows' },
          children: ['tagged'],
          edit: { mode: 'showAll' },
        },
        { id: 'tagged', type: 'Tagged', tag: 'abc' },
      ],
      { components: [tagged], initialData: { rows: [{}, {}, {}] } },
    );
    expect(await screen.findAllByText('ABC')).toHaveLength(3);
    expect(reads).toBe(1);
  });
});
