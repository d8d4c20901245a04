import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ComponentRegistry,
  createDefaultRegistry,
  defineComponent,
  useBinding,
  type ComponentDefinition,
} from '../../../src/react/index.ts';
import type { ConfiguredComponentProps } from '../../../src/react/index.ts';
import { nb, renderForm } from '../support/renderForm.tsx';

interface StarConfig {
  readonly max: number;
}

function StarRating({ node, config }: ConfiguredComponentProps<StarConfig>) {
  const { text, setText } = useBinding(node);
  return (
    <fieldset id={node.id}>
      <legend>Vurdering</legend>
      {Array.from({ length: config.max }, (_, index) => (
        <label key={index}>
          <input
            type="radio"
            name={node.id}
            checked={text === String(index + 1)}
            onChange={() => setText(String(index + 1))}
          />
          {index + 1} stjerner
        </label>
      ))}
    </fieldset>
  );
}

/** An agency type whose answer, 0 stars, is a number that is never empty; it says itself what is missing. */
const starRating = defineComponent<StarConfig>({
  type: 'StarRating',
  category: 'form',
  config: (component) => ({ max: typeof component.maxStars === 'number' ? component.maxStars : 5 }),
  render: StarRating,
  displayValue: (_node, context, config) => {
    const stars = Number(context.text('simpleBinding'));
    return stars > 0 ? `${'★'.repeat(stars)}${'☆'.repeat(Math.max(config.max - stars, 0))}` : '';
  },
  required: (node, data) => {
    const binding = node.bindings.simpleBinding;
    return binding && !(Number(data.get(binding)) > 0) ? [{ bindingKey: 'simpleBinding', binding }] : [];
  },
});

const rating = {
  id: 'rating',
  type: 'StarRating',
  maxStars: 4,
  required: true,
  dataModelBindings: { simpleBinding: 'stars' },
  textResourceBindings: { title: 'rating.title' },
};
const texts = { nb: nb({ 'rating.title': 'Vurdering' }) };
const summary = { id: 'summary', type: 'Summary2', target: { type: 'component', id: 'rating' } };

describe('a component type registered through SkjemaForm', () => {
  it('shows its own display value in Summary2, following the data', async () => {
    const form = renderForm([rating, summary], { components: [starRating], texts, initialData: { stars: 2 } });
    const line = () => within(screen.getByRole('definition')).getByText(/★/);
    expect(line().textContent).toBe('★★☆☆');
    await form.user.click(screen.getByRole('radio', { name: '3 stjerner' }));
    expect(line().textContent).toBe('★★★☆');
  });

  it('is validated by its own required rule: 0 stars blocks submit, a star lets it through', async () => {
    const form = renderForm([rating], { components: [starRating], texts, withSubmit: true, initialData: { stars: 0 } });
    await form.user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(form.onSubmit).not.toHaveBeenCalled();
    expect(screen.getAllByText('Du må fylle ut vurdering').length).toBeGreaterThan(0);

    await form.user.click(screen.getByRole('radio', { name: '1 stjerner' }));
    expect(await form.submitted()).toEqual({ stars: '1' });
  });
});

describe('overriding a built-in type’s display value', () => {
  const input = createDefaultRegistry().get('Input') as ComponentDefinition;
  const maskedInput: ComponentDefinition = {
    ...input,
    displayValue: (_node, context) => context.text('simpleBinding').replace(/\d(?=\d{2})/g, '•'),
  };
  const account = {
    id: 'account',
    type: 'Input',
    required: true,
    dataModelBindings: { simpleBinding: 'account' },
    textResourceBindings: { title: 'account.title' },
  };
  const accountTexts = { nb: nb({ 'account.title': 'Kontonummer' }) };
  const accountSummary = { id: 'summary', type: 'Summary2', target: { type: 'component', id: 'account' } };

  it('shows the new display value in Summary2 and keeps the field and its rules as they were', async () => {
    const form = renderForm([account, accountSummary], {
      components: [maskedInput],
      texts: accountTexts,
      withSubmit: true,
      initialData: { account: '12345678903' },
    });
    expect(within(screen.getByRole('definition')).getByText('•••••••••03')).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: /Kontonummer/ });
    expect(field).toHaveValue('12345678903');

    await form.user.clear(field);
    await form.user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(form.onSubmit).not.toHaveBeenCalled();
    expect(field).toHaveAccessibleDescription('Du må fylle ut kontonummer');
  });

  it('leaves forms without the override as they were', () => {
    renderForm([account, accountSummary], { texts: accountTexts, initialData: { account: '12345678903' } });
    expect(within(screen.getByRole('definition')).getByText('12345678903')).toBeInTheDocument();
  });
});

describe('ComponentRegistry.componentTypes', () => {
  const Plain = () => null;

  it('gives the engine a replaced built-in type with the built-in parts the replacement leaves out', () => {
    const builtin = createDefaultRegistry().componentTypes().get('Input');
    const types = createDefaultRegistry()
      .extend([{ type: 'input', render: Plain, category: 'form' }])
      .componentTypes();
    expect(types.get('Input')?.displayValue).toBe(builtin?.displayValue);
    expect(types.get('Input')?.rules).toBe(builtin?.rules);
  });

  it('knows every built-in type even when the registry renders only some', () => {
    const types = new ComponentRegistry([{ type: 'Agency', render: Plain, category: 'form' }]).componentTypes();
    expect(types.get('Checkboxes')?.displayValueParts).toBeTypeOf('function');
    expect(types.get('Agency')?.category).toBe('form');
    expect(Object.keys(types.get('Agency') ?? {})).not.toContain('render');
  });
});
