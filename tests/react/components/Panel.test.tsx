import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'deadline.title': 'Frist', 'deadline.body': 'Send søknaden fire uker før.' }) };
const panel = (extra: Record<string, unknown>) => ({
  id: 'deadline',
  type: 'Panel',
  textResourceBindings: { title: 'deadline.title', body: 'deadline.body' },
  ...extra,
});

describe('Panel', () => {
  it('shows title and body, as info with an icon by default', async () => {
    const { container } = renderForm([panel({})], { texts });
    expect(screen.getByRole('heading', { level: 2, name: 'Frist' })).toBeInTheDocument();
    expect(screen.getByText('Send søknaden fire uker før.')).toBeInTheDocument();
    const box = container.querySelector('#deadline');
    expect(box).toHaveAttribute('data-color', 'info');
    expect(box).not.toHaveClass('skjema-callout--no-icon');
    await expectNoAxeViolations(container);
  });

  it('maps the error variant to the danger colour and can hide the icon', () => {
    const { container } = renderForm([panel({ variant: 'error', showIcon: false })], { texts });
    const box = container.querySelector('#deadline');
    expect(box).toHaveAttribute('data-color', 'danger');
    expect(box).toHaveClass('skjema-callout--no-icon');
  });

  it('uses the success colour for the success variant', () => {
    const { container } = renderForm([panel({ variant: 'success' })], { texts });
    expect(container.querySelector('#deadline')).toHaveAttribute('data-color', 'success');
  });
});
