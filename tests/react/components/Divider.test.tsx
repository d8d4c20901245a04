import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, renderForm } from '../support/renderForm.tsx';

describe('Divider', () => {
  // Designsystemet hides the rule from screen readers: it is decoration, the headings carry the structure.
  it('separates sections with a horizontal rule', async () => {
    const { container } = renderForm([
      { id: 'before', type: 'Paragraph', textResourceBindings: { title: 'Over' } },
      { id: 'line', type: 'Divider' },
      { id: 'after', type: 'Paragraph', textResourceBindings: { title: 'Under' } },
    ]);
    const rule = container.querySelector('hr#line');
    expect(rule).toBeVisible();
    expect(rule).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Over')).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('disappears when hidden', () => {
    const { container } = renderForm([{ id: 'line', type: 'Divider', hidden: true }]);
    expect(container.querySelector('hr')).toBeNull();
  });
});
