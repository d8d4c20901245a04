import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelValidateFunction, RawComponent } from '../../../src/core/index.ts';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { scriptedApp } from '../../../stories/app/scriptedApp.ts';

beforeAll(() => {
  document.getAnimations ??= () => [];
});

/**
 * A stand-in for a compiled module's whole-model validator: it refuses a name with "!" (as a
 * `pattern` would) and counts its calls, so a test sees that the form used it and nothing else.
 * The schema the form is given allows any name: only this validator can refuse one.
 */
function precompiled() {
  const calls: unknown[] = [];
  const validate: ModelValidateFunction = (data) => {
    calls.push(data);
    const name = (data as { name?: unknown } | null)?.name;
    validate.errors =
      typeof name === 'string' && name.includes('!')
        ? [{ keyword: 'pattern', instancePath: '/name', params: { pattern: '^[^!]*$' }, parentSchema: {} }]
        : null;
    return validate.errors === null;
  };
  return { calls, validators: { model: { '': validate } } };
}

const nameField: RawComponent = {
  id: 'name',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'name' },
  textResourceBindings: { title: 'name.title' },
};
const layoutSet = {
  ...formOf([nameField, { id: 'submit', type: 'Button' }], {
    texts: { nb: [{ id: 'name.title', value: 'Navn på arrangementet' }] },
    schema: { type: 'object', properties: { name: { type: 'string' } } },
  }),
  id: 'form',
  tasks: ['Task_1'],
};

describe('precompiled validators reach the form session', () => {
  it('SkjemaForm validates with the ones it is given', async () => {
    const { calls, validators } = precompiled();
    const user = userEvent.setup();
    let submitted = 0;
    render(<SkjemaForm layoutSet={layoutSet} precompiledValidators={validators} onSubmit={() => submitted++} />);
    await user.type(screen.getByRole('textbox', { name: /Navn på arrangementet/ }), 'Sommerfest!');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect((await screen.findAllByText('Feil format eller verdi')).length).toBeGreaterThan(0);
    expect(submitted).toBe(0);
    expect(calls.length).toBeGreaterThan(0);
  });

  it('<AltinnApp> hands them to the form of the current task', async () => {
    const { calls, validators } = precompiled();
    const script = scriptedApp({
      layoutSets: [layoutSet],
      tasks: [
        { id: 'Task_1', type: 'data', layoutSetId: 'form', write: true },
        { id: 'Task_2', type: 'confirmation' },
      ],
      models: { model: { name: 'Sommerfest' } },
    });
    const user = userEvent.setup();
    render(<AltinnApp connectedApp={script.app} language="nb" precompiledValidators={validators} />);
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    await user.type(field, '!');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    expect((await screen.findAllByText('Feil format eller verdi')).length).toBeGreaterThan(0);
    await waitFor(() => expect(calls).toContainEqual({ name: 'Sommerfest!' }));
    expect(script.calls.processNext).toEqual([]);
  });

  it('<AltinnApp> loads its layout sets saying which models have them, so no schema interpreter is loaded for those (issue 14)', async () => {
    const { validators } = precompiled();
    const script = scriptedApp({
      layoutSets: [layoutSet],
      tasks: [{ id: 'Task_1', type: 'data', layoutSetId: 'form', write: true }],
      models: { model: { name: 'Sommerfest' } },
    });
    const asked: unknown[] = [];
    const load = script.app.loadLayoutSet.bind(script.app);
    const app = {
      ...script.app,
      loadLayoutSet: (id: string, options?: Parameters<typeof load>[1]) => {
        asked.push(options?.precompiledValidators);
        return load(id, options);
      },
    };
    render(<AltinnApp connectedApp={app} language="nb" precompiledValidators={validators} />);
    await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(asked).toEqual([validators]);
  });
});
