import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nb, renderForm } from '../support/renderForm.tsx';
import { standsSchema } from '../../../stories/support/standsSchema.ts';
import { withModalDialogs } from '../support/modalDialogs.ts';

withModalDialogs();

const texts = {
  nb: nb({
    'stands.title': 'Salgsboder',
    'stand.name': 'Navn på boden',
    'stand.helpers': 'Hjelpere',
    'stand.helper': 'hjelper',
    'helper.name': 'Navn',
  }),
};
const schema = standsSchema(
  {
    helpers: {
      type: 'array',
      title: 'stand.helpers',
      items: { type: 'object', title: 'stand.helper', properties: { name: { type: 'string', title: 'helper.name' } } },
    },
  },
  { required: ['name'] },
);

/** `document.activeElement` is the shadow host; the focused element is the shadow root's own. */
const focusedIn = (container: HTMLElement) => (container.getRootNode() as ShadowRoot).activeElement;

// Inside <skjema-form> the form lives in a shadow root, where document.getElementById finds nothing.
describe('AddToList in a shadow root', () => {
  const form = () =>
    renderForm([{ id: 'add-stand', type: 'AddToList', title: 'stands.title', dataModelBindings: { data: 'stands' } }], {
      texts,
      schema,
      inShadowRoot: true,
    });

  it('focuses the first field to fix when the dialog is saved with a problem', async () => {
    const { user, container } = form();
    await user.click(within(container).getByRole('button', { name: 'Legg til ny' }));
    const dialog = within(within(container).getByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Legg til' }));
    expect(focusedIn(container)).toBe(dialog.getByRole('textbox', { name: /Navn på boden/ }));
  });

  it('focuses a new inner item', async () => {
    const { user, container } = form();
    await user.click(within(container).getByRole('button', { name: 'Legg til ny' }));
    const dialog = within(within(container).getByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Legg til hjelper' }));
    const first = within(dialog.getByRole('group', { name: 'Hjelper 1' }));
    expect(focusedIn(container)).toBe(first.getByRole('textbox', { name: /Navn/ }));
  });
});
