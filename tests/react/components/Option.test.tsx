import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'kind.title': 'Type arrangement', 'kind.market': 'Marked' }) };
const kind = (extra: Record<string, unknown> = {}) => ({
  id: 'kind-shown',
  type: 'Option',
  value: ['dataModel', 'event.kind'],
  textResourceBindings: { title: 'kind.title' },
  ...extra,
});

describe('Option', () => {
  it('shows the label of the stored value among static options', async () => {
    const { container } = renderForm(
      [
        kind({
          options: [
            { value: 'concert', label: 'Konsert' },
            { value: 'market', label: 'kind.market' },
          ],
        }),
      ],
      { texts, initialData: { event: { kind: 'market' } } },
    );
    expect(screen.getByRole('term')).toHaveTextContent('Type arrangement');
    expect(screen.getByRole('definition')).toHaveTextContent('Marked');
    await expectNoAxeViolations(container);
  });

  it('reads labels from a code list, and follows a radio choice', async () => {
    const { user } = renderForm(
      [
        {
          id: 'kind',
          type: 'RadioButtons',
          optionsId: 'kinds',
          dataModelBindings: { simpleBinding: 'event.kind' },
          textResourceBindings: { title: 'Velg type' },
        },
        kind({ optionsId: 'kinds' }),
      ],
      {
        texts,
        options: {
          kinds: [
            { value: 'concert', label: 'Konsert' },
            { value: 'sport', label: 'Idrettsstevne' },
          ],
        },
      },
    );
    await user.click(screen.getByRole('radio', { name: 'Idrettsstevne' }));
    expect(screen.getByRole('definition')).toHaveTextContent('Idrettsstevne');
  });

  it('shows the value itself when no option has it', () => {
    renderForm([kind({ options: [{ value: 'concert', label: 'Konsert' }] })], {
      texts,
      initialData: { event: { kind: 'circus' } },
    });
    expect(screen.getByRole('definition')).toHaveTextContent('circus');
  });
});
