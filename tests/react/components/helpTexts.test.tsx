import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

/*
 * The help button beside a title (textResourceBindings.help, option helpText, Grid cell help):
 * what it is named, what it opens, and that it stays out of the names of the field, the group
 * and the heading it stands beside. tests/react/textBindings.test.tsx checks every type that
 * claims `help` in docs/compatibility.md; tests/browser/helpTexts.browser.test.tsx the keyboard.
 */
const texts = {
  nb: nb({
    'email.title': 'E-postadresse',
    'email.help': 'Vi sender **kvitteringen** hit.',
    'pet.title': 'Dyr',
    'pet.description': 'Velg ett.',
    'pet.help': 'Husdyr må være vaksinert.',
    'dog.help': 'Hunder må gå i bånd.',
  }),
};

const email = {
  id: 'email',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'applicant.email' },
  textResourceBindings: { title: 'email.title', help: 'email.help' },
};

describe('help texts', () => {
  it('opens a field’s help from a button beside its label, without renaming the field', async () => {
    const { user, container } = renderForm([email], { texts });
    expect(screen.getByRole('textbox', { name: 'E-postadresse' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Hjelp til E-postadresse' });
    const text = container.querySelector(`#${CSS.escape(button.getAttribute('aria-controls') ?? '')}`);
    expect(text).toHaveTextContent('Vi sender kvitteringen hit.');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).not.toBeVisible();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(text).toBeVisible();
    expect(within(text as HTMLElement).getByText('kvitteringen').tagName).toBe('STRONG');
    await expectNoAxeViolations(container);

    await user.click(button);
    expect(text).not.toBeVisible();
  });

  it('closes with Escape from the button or from a link in the text, and keeps focus on the button', async () => {
    const { user } = renderForm(
      [{ ...email, textResourceBindings: { title: 'email.title', help: 'Se [personvern](https://example.no).' } }],
      { texts },
    );
    const button = screen.getByRole('button', { name: 'Hjelp til E-postadresse' });
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.click(button);
    screen.getByRole('link', { name: 'personvern' }).focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('names the button after the title as shown, and plainly "Hjelp" without a title', () => {
    renderForm(
      [
        { ...email, textResourceBindings: { title: '**Fet** tittel', help: 'email.help' } },
        { id: 'logo', type: 'Image', image: { src: { nb: '/logo.svg' } }, textResourceBindings: { help: 'Logoen.' } },
      ],
      { texts },
    );
    expect(screen.getByRole('button', { name: 'Hjelp til Fet tittel' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hjelp' })).toBeInTheDocument();
  });

  it('keeps a radio group named by its legend and description, with the help button in the legend', async () => {
    const { user, container } = renderForm(
      [
        {
          id: 'pet',
          type: 'RadioButtons',
          dataModelBindings: { simpleBinding: 'pet' },
          textResourceBindings: { title: 'pet.title', description: 'pet.description', help: 'pet.help' },
          options: [{ value: 'dog', label: 'Hund' }],
        },
      ],
      { texts },
    );
    const group = screen.getByRole('group', { name: 'Dyr Velg ett.' });
    await user.click(within(group).getByRole('button', { name: 'Hjelp til Dyr' }));
    expect(within(group).getByText('Husdyr må være vaksinert.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it.each(['RadioButtons', 'Checkboxes'])(
    'gives a %s option with a helpText its own help button, which opens without choosing the option',
    async (type) => {
      const { user, container } = renderForm(
        [
          {
            id: 'pet',
            type,
            dataModelBindings: { simpleBinding: 'pet' },
            textResourceBindings: { title: 'pet.title' },
            options: [
              { value: 'dog', label: 'Hund', helpText: 'dog.help' },
              { value: 'cat', label: 'Katt' },
            ],
          },
        ],
        { texts },
      );
      const role = type === 'RadioButtons' ? 'radio' : 'checkbox';
      const dog = screen.getByRole(role, { name: 'Hund' });
      expect(screen.getAllByRole('button', { name: /^Hjelp til/ })).toHaveLength(1);
      await user.click(screen.getByRole('button', { name: 'Hjelp til Hund' }));
      expect(screen.getByText('Hunder må gå i bånd.')).toBeVisible();
      expect(dog).not.toBeChecked();
      await user.click(screen.getByText('Hunder må gå i bånd.'));
      expect(dog).not.toBeChecked();
      await user.click(dog);
      expect(dog).toBeChecked();
      await expectNoAxeViolations(container);
    },
  );

  it('shows help on a Grid text cell, and leaves the heading of a Header its title alone', async () => {
    const { user } = renderForm(
      [
        {
          id: 'costs',
          type: 'Grid',
          rows: [
            { header: true, cells: [{ text: 'Post', help: 'Hva pengene går til.' }] },
            { cells: [{ text: 'Leie' }] },
          ],
        },
        { id: 'intro', type: 'Header', size: 'M', textResourceBindings: { title: 'Om arrangementet', help: 'Kort.' } },
      ],
      { texts },
    );
    await user.click(screen.getByRole('button', { name: 'Hjelp til Post' }));
    expect(screen.getByText('Hva pengene går til.')).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Om arrangementet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hjelp til Om arrangementet' }));
    expect(screen.getByText('Kort.')).toBeVisible();
  });

  it('gives a field or group without a title its help button but no label, legend or id', async () => {
    const { user, container } = renderForm(
      [
        {
          ...email,
          required: true,
          textResourceBindings: { help: 'email.help', shortName: 'E-post' },
        },
        {
          id: 'pet',
          type: 'RadioButtons',
          dataModelBindings: { simpleBinding: 'pet' },
          options: [{ value: 'dog', label: 'Hund' }],
          textResourceBindings: { help: 'pet.help', tableTitle: 'Dyret' },
        },
      ],
      { texts },
    );
    expect(screen.getByRole('textbox', { name: 'E-post' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Dyret' })).toBeInTheDocument();
    expect(container.querySelector('legend')).toBeNull();
    expect([...container.querySelectorAll('label')].map((label) => label.textContent)).toEqual(['Hund']);
    expect(container).not.toHaveTextContent('email');
    expect(container.querySelector('.skjema-required-marker')).toBeNull();
    const buttons = screen.getAllByRole('button', { name: 'Hjelp' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(screen.getByText('Husdyr må være vaksinert.')).toBeVisible();
    await expectNoAxeViolations(container);
  });
});
