import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = {
  nb: nb({
    'faq.title': 'Vanlige spørsmål',
    'rules.title': 'Hvilke regler gjelder?',
    'rules.body': 'Arrangementet må følge politivedtektene.',
    'fee.title': 'Hva koster det?',
    'fee.body': 'Søknaden er gratis.',
  }),
};

function accordion(id: string, extra: Partial<RawComponent> = {}): RawComponent[] {
  return [
    { id, type: 'Accordion', textResourceBindings: { title: `${id}.title` }, children: [`${id}-body`], ...extra },
    { id: `${id}-body`, type: 'Paragraph', textResourceBindings: { title: `${id}.body` } },
  ];
}

const summary = (name: string) => screen.getByRole('heading', { name }).closest('summary') as HTMLElement;

describe('Accordion', () => {
  it('is closed until the user opens it', async () => {
    const { user, container } = renderForm(accordion('rules'), { texts });
    const details = container.querySelector('details');
    expect(details).not.toHaveAttribute('open');
    await user.click(summary('Hvilke regler gjelder?'));
    expect(details).toHaveAttribute('open');
    expect(screen.getByText('Arrangementet må følge politivedtektene.')).toBeVisible();
    await expectNoAxeViolations(container);
  });

  it('starts open with openByDefault (an expression) and uses headingLevel', () => {
    const { container } = renderForm(accordion('rules', { openByDefault: ['equals', 1, 1], headingLevel: 3 }), {
      texts,
    });
    expect(container.querySelector('details')).toHaveAttribute('open');
    expect(screen.getByRole('heading', { level: 3, name: 'Hvilke regler gjelder?' })).toBeInTheDocument();
  });
});

describe('AccordionGroup', () => {
  it('stacks its accordions under a heading, one level above theirs', async () => {
    const { container } = renderForm(
      [
        { id: 'faq', type: 'AccordionGroup', textResourceBindings: { title: 'faq.title' }, children: ['rules', 'fee'] },
        ...accordion('rules'),
        ...accordion('fee'),
      ],
      { texts },
    );
    expect(screen.getByRole('group', { name: 'Vanlige spørsmål' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Vanlige spørsmål' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Hvilke regler gjelder?',
      'Hva koster det?',
    ]);
    expect(container.querySelectorAll('details')).toHaveLength(2);
    await expectNoAxeViolations(container);
  });
});
