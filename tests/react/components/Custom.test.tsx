import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { expectNoAxeViolations, nb, renderForm } from '../support/renderForm.tsx';

/** A small web component: a labelled input that reports changes as `data-changed`. */
class RatingInput extends HTMLElement {
  formdata: Record<string, unknown> = {};
  text = '';
  readonly = false;
  private input?: HTMLInputElement;
  connectedCallback() {
    const label = document.createElement('label');
    this.input = document.createElement('input');
    label.append(this.getAttribute('data-text') ?? '', this.input);
    this.append(label);
    this.input.addEventListener('input', () => {
      this.dispatchEvent(new CustomEvent('data-changed', { detail: { value: this.input?.value } }));
    });
    this.input.addEventListener('blur', () => {
      this.dispatchEvent(new CustomEvent('data-changed', { detail: { field: 'comment', value: 'seen' } }));
    });
  }
}
customElements.define('rating-input', RatingInput);

const texts = { nb: nb({ 'rating.title': 'Hvor fornøyd er du?' }) };

function rating(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'rating',
    type: 'Custom',
    tagName: 'rating-input',
    dataModelBindings: { simpleBinding: 'feedback.rating', comment: 'feedback.comment' },
    textResourceBindings: { title: 'rating.title' },
    ...extra,
  };
}

const element = () => document.querySelector('rating-input') as RatingInput;

describe('Custom', () => {
  it('renders the web component with the bound values and the title', async () => {
    const { container } = renderForm([rating()], {
      texts,
      initialData: { feedback: { rating: '4' } },
    });
    expect(element()).toHaveAttribute('data-formdata', JSON.stringify({ simpleBinding: '4', comment: null }));
    await waitFor(() => expect(element().formdata).toEqual({ simpleBinding: '4', comment: null }));
    expect(element().text).toBe('Hvor fornøyd er du?');
    expect(screen.getByRole('textbox', { name: 'Hvor fornøyd er du?' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('writes what the component reports to the named binding', async () => {
    const { user, submitted } = renderForm([rating()], { texts, withSubmit: true });
    await user.type(screen.getByRole('textbox', { name: 'Hvor fornøyd er du?' }), '5');
    await user.tab();
    expect(element().formdata).toEqual({ simpleBinding: '5', comment: 'seen' });
    expect(await submitted()).toEqual({ feedback: { rating: '5', comment: 'seen' } });
  });

  it('tells a read-only component so and ignores its changes', async () => {
    const { user, submitted } = renderForm([rating({ readOnly: true })], { texts, withSubmit: true });
    expect(element()).toHaveAttribute('data-readonly', 'true');
    await waitFor(() => expect(element().readonly).toBe(true));
    await user.type(screen.getByRole('textbox'), '1');
    expect(await submitted()).toEqual({});
  });

  it('renders nothing for a tag name that is not a custom element name', () => {
    renderForm([rating({ tagName: 'script' })], { texts });
    expect(document.querySelector('[data-componentid="rating"] script')).toBeNull();
  });
});
