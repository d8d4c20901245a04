import { describe, expect, it } from 'vitest';
import {
  builtinComponentTypes,
  ComponentTypes,
  type ComponentTypeDefinition,
} from '../../../src/core/components/index.ts';
import { createFormEngine } from '../../../src/core/form/index.ts';
import type { RawComponent } from '../../../src/core/index.ts';
import { validateForm } from '../../../src/core/validation/index.ts';
import { layoutSet } from '../validation/helpers.ts';

/** An agency's own type: a star rating stored as a number of stars, with a range of its own. */
const starRating: ComponentTypeDefinition = {
  type: 'StarRating',
  category: 'form',
  bindings: { simple: 'simpleBinding' },
  displayValue: (node, context) => {
    const stars = Number(context.text('simpleBinding'));
    const max = typeof node.component.maxStars === 'number' ? node.component.maxStars : 5;
    return stars > 0 ? `${'★'.repeat(stars)}${'☆'.repeat(Math.max(max - stars, 0))}` : '';
  },
  // No stars (0) is no answer: the number field is never empty, so the default rule would not do.
  required: (node, data) => {
    const binding = node.bindings.simpleBinding;
    return binding && !(Number(data.get(binding)) > 0) ? [{ bindingKey: 'simpleBinding', binding }] : [];
  },
  rules: (node, { data }) => {
    const binding = node.bindings.simpleBinding;
    return binding && Number(data.get(binding)) > 5 ? [{ textKey: 'rating.tooMany', params: ['5'] }] : [];
  },
};

const rating = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'rating',
  type: 'starRating',
  required: true,
  dataModelBindings: { simpleBinding: 'stars' },
  textResourceBindings: { title: 'Vurdering' },
  ...extra,
});

/** A Text component that shows another component's display value, as summaries and tables read it. */
const echo: RawComponent = { id: 'echo', type: 'Text', value: ['displayValue', 'rating'] };

const withRating = builtinComponentTypes.extend([starRating]);

describe('an agency component type registered with the engine', () => {
  it('gives its display value to the node and to ["displayValue", id], found case-insensitively', () => {
    const engine = createFormEngine({
      layoutSet: layoutSet({ p: [rating({ maxStars: 4 }), echo] }),
      initialData: { stars: 3 },
      componentTypes: withRating,
    });
    expect(engine.tree.node('rating')?.displayValue()).toBe('★★★☆');
    expect(engine.tree.node('echo')?.displayValue()).toBe('★★★☆');

    engine.data.setText({ dataType: 'model', field: 'stars' }, '1');
    expect(engine.tree.node('echo')?.displayValue()).toBe('★☆☆☆');
  });

  it('has no display value without its definition: the node says null and the expression fails, located', () => {
    const engine = createFormEngine({ layoutSet: layoutSet({ p: [rating(), echo] }), initialData: { stars: 3 } });
    expect(engine.tree.node('rating')?.displayValue()).toBeNull();
    expect(engine.tree.node('echo')?.displayValue()).toBe('');
    expect(engine.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringContaining('does not have a displayValue (type starRating)'),
    );
  });

  it('is validated by its own required rule and checks, and only by them', () => {
    const set = layoutSet({ p: [rating()] });
    const issues = (stars: number) =>
      validateForm(set, { stars }, { componentTypes: withRating }).issues.map((i) => `${i.source}:${i.textKey}`);
    expect(issues(0)).toEqual(['required:form_filler.error_required']);
    expect(issues(3)).toEqual([]);
    expect(issues(7)).toEqual(['component:rating.tooMany']);
    // Without the definition, the number 0 counts as filled in and nothing checks the range.
    expect(validateForm(set, { stars: 0 }).issues).toEqual([]);
    expect(validateForm(set, { stars: 7 }).issues).toEqual([]);
  });
});

describe('overriding a built-in type', () => {
  const masked = builtinComponentTypes.extend([
    { type: 'input', displayValue: (_node, context) => context.text('simpleBinding').replace(/\d(?=\d{2})/g, '•') },
  ]);
  const account: RawComponent = {
    id: 'account',
    type: 'Input',
    required: true,
    maxLength: 11,
    dataModelBindings: { simpleBinding: 'account' },
  };

  it('replaces the display value and keeps the built-in required rule and checks', () => {
    const set = layoutSet({ p: [account] });
    const engine = createFormEngine({
      layoutSet: set,
      initialData: { account: '12345678903' },
      componentTypes: masked,
    });
    expect(engine.tree.node('account')?.displayValue()).toBe('•••••••••03');

    const codes = (data: unknown) =>
      validateForm(set, data, { componentTypes: masked }).issues.map((i) => `${i.source}:${i.textKey}`);
    expect(codes({})).toEqual(['required:form_filler.error_required']);
    expect(codes({ account: '123456789012' })).toEqual(['component:validation_errors.maxLength']);
  });

  it('leaves the built-in types as they were', () => {
    const engine = createFormEngine({
      layoutSet: layoutSet({ p: [account] }),
      initialData: { account: '12345678903' },
    });
    expect(engine.tree.node('account')?.displayValue()).toBe('12345678903');
    expect(builtinComponentTypes.get('Input')?.displayValue).not.toBe(masked.get('Input')?.displayValue);
  });
});

describe('ComponentTypes', () => {
  it('merges a definition over the type it names, part by part, keeping the latest spelling', () => {
    const base = new ComponentTypes([{ type: 'Thing', category: 'form', displayValue: () => 'base' }]);
    const over = base.extend([{ type: 'THING', required: () => [] }]);
    expect(over.get('thing')?.displayValue?.({} as never, {} as never)).toBe('base');
    expect(over.get('thing')?.required).toBeTypeOf('function');
    expect(over.types()).toEqual(['THING']);
    expect(base.get('thing')?.required).toBeUndefined();
  });

  it('keeps only the parts the engine reads, so a renderer’s definition can be passed as it is', () => {
    const types = new ComponentTypes([{ type: 'Thing', render: () => null } as ComponentTypeDefinition]);
    expect(Object.keys(types.get('Thing') ?? {})).toEqual(['type']);
  });

  it('knows every built-in type of the layout schema', async () => {
    const { COMPONENT_TYPES } = await import('../../../src/core/layout/componentTypes.ts');
    expect(builtinComponentTypes.types()).toEqual([...COMPONENT_TYPES].sort());
    for (const type of COMPONENT_TYPES) expect(builtinComponentTypes.get(type)?.category, type).toBeDefined();
  });
});

describe('children named where a type’s definition says', () => {
  const carousel: ComponentTypeDefinition = {
    type: 'Carousel',
    category: 'container',
    children: (component) =>
      (Array.isArray(component.slides) ? component.slides : []).flatMap((slide: unknown, index) =>
        typeof slide === 'string'
          ? [{ id: slide, relativePointer: `/slides/${index}`, placement: 'static' as const }]
          : [],
      ),
  };
  const page = {
    p: [
      { id: 'show', type: 'Carousel', slides: ['first', 'second'] },
      { id: 'first', type: 'Paragraph' },
      { id: 'second', type: 'Paragraph' },
    ],
  };

  it('puts them under the container', () => {
    const engine = createFormEngine({
      layoutSet: layoutSet(page),
      componentTypes: builtinComponentTypes.extend([carousel]),
    });
    expect(engine.tree.node('show')?.children.map((child) => child.id)).toEqual(['first', 'second']);
    expect(engine.tree.page('p')?.children.map((node) => node.id)).toEqual(['show']);
  });

  it('without the definition, leaves them on the page', () => {
    const engine = createFormEngine({ layoutSet: layoutSet(page) });
    expect(engine.tree.node('show')?.children).toEqual([]);
    expect(engine.tree.page('p')?.children.map((node) => node.id)).toEqual(['show', 'first', 'second']);
  });
});
