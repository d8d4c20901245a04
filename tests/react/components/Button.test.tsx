import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'summary.submit': 'Send søknaden', 'name.title': 'Navn på arrangementet' }) };
const name = {
  id: 'event-name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'event.name' },
  textResourceBindings: { title: 'name.title' },
};

describe('Button (submit)', () => {
  it('is titled "Send inn" by default and hands the data model to onSubmit', async () => {
    const { container, user, onSubmit } = renderForm([name, { id: 'submit', type: 'Button' }], {
      texts,
      initialData: { event: { name: 'Vårmarked' } },
    });
    await expectNoAxeViolations(container);
    await user.type(screen.getByRole('textbox', { name: 'Navn på arrangementet' }), ' på torget');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [data, allModels] = onSubmit.mock.calls[0];
    expect(data).toEqual({ event: { name: 'Vårmarked på torget' } });
    expect(allModels).toEqual({ model: { event: { name: 'Vårmarked på torget' } } });
  });

  it('uses its own title from the text resources', async () => {
    const { user, onSubmit } = renderForm(
      [{ id: 'submit', type: 'Button', mode: 'submit', textResourceBindings: { title: 'summary.submit' } }],
      { texts },
    );
    expect(screen.queryByRole('button', { name: 'Send inn' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send søknaden' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('can be pressed with the keyboard', async () => {
    const { user, onSubmit } = renderForm([{ id: 'submit', type: 'Button' }], { texts });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Send inn' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('speaks the form language: "Submit" in English', () => {
    renderForm([{ id: 'submit', type: 'Button' }], { texts: { nb: [], en: [] }, language: 'en' });
    expect(screen.getByRole('button', { name: 'Submit' })).toBeInTheDocument();
  });
});
