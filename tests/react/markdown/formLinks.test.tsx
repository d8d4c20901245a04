import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderForm } from '../support/renderForm.tsx';

describe('links made by linkToComponent and linkToPage', () => {
  const pages = {
    start: [
      {
        id: 'to-field',
        type: 'Paragraph',
        textResourceBindings: { title: ['linkToComponent', 'Rett e-postadressen', 'email'] },
      },
      {
        id: 'to-page',
        type: 'Paragraph',
        textResourceBindings: { title: ['linkToPage', 'Se kontaktsiden', 'contact'] },
      },
    ],
    contact: [
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'name' },
        textResourceBindings: { title: 'Navn' },
      },
      {
        id: 'email',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'email' },
        textResourceBindings: { title: 'E-post' },
      },
    ],
  };

  it('take the user to the component on its page, in the same tab', async () => {
    const { user } = renderForm([], { pages });
    const link = screen.getByRole('link', { name: 'Rett e-postadressen' });
    expect(link).not.toHaveAttribute('target');
    await user.click(link);
    const email = await screen.findByRole('textbox', { name: 'E-post' });
    // The form focuses the field once its page has rendered.
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('take the user to the page', async () => {
    const { user } = renderForm([], { pages });
    await user.click(screen.getByRole('link', { name: 'Se kontaktsiden' }));
    expect(await screen.findByRole('textbox', { name: 'Navn' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Se kontaktsiden' })).toBeNull();
  });
});
