import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormAnalyticsEvent, LoadedLayoutSet, RawComponent } from '../../../src/core/index.ts';
import { AltinnApp } from '../../../src/react/app/AltinnApp.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { scriptedApp, type ScriptOptions } from '../../../stories/app/scriptedApp.ts';

beforeAll(() => {
  document.getAnimations ??= () => [];
});

const form: LoadedLayoutSet = {
  ...formOf(
    [
      {
        id: 'name',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'name' },
        textResourceBindings: { title: 'name.title' },
        required: true,
      },
      { id: 'submit', type: 'Button' },
    ] satisfies RawComponent[],
    {
      texts: { nb: [{ id: 'name.title', value: 'Navn på arrangementet' }] },
      schema: { type: 'object', properties: { name: { type: 'string' } } },
    },
  ),
  id: 'form',
  tasks: ['Task_1'],
};

const dataThenConfirm: ScriptOptions = {
  layoutSets: [form],
  tasks: [
    { id: 'Task_1', type: 'data', layoutSetId: 'form', write: true },
    { id: 'Task_2', type: 'confirmation' },
  ],
  models: { model: { name: 'Sommerfest' } },
};

describe('AltinnApp onAnalytics', () => {
  it('tells the task form’s page view, the connected save’s latency and the submit, each with the task, and no typed value', async () => {
    const events: FormAnalyticsEvent[] = [];
    const script = scriptedApp(dataThenConfirm);
    const user = userEvent.setup();
    render(<AltinnApp connectedApp={script.app} language="nb" onAnalytics={(event) => events.push(event)} />);
    const field = await screen.findByRole('textbox', { name: /Navn på arrangementet/ });
    expect(events).toEqual([{ type: 'pageViewed', page: 'page1', taskId: 'Task_1' }]);

    await user.clear(field);
    await user.type(field, 'Vinterfest');
    await user.tab();
    await waitFor(() => expect(script.calls.save.length).toBeGreaterThan(0));
    await waitFor(() =>
      expect(events.filter((event) => event.type === 'saveCompleted')).toHaveLength(script.calls.save.length),
    );
    expect(events.find((event) => event.type === 'saveCompleted')).toEqual({
      type: 'saveCompleted',
      taskId: 'Task_1',
      durationMs: expect.any(Number),
      ok: true,
      dataTypes: ['model'],
    });

    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await screen.findByRole('heading', { level: 1, name: 'Se over og send inn' });
    await waitFor(() => expect(events.filter((event) => event.type === 'timeOnPage')).toHaveLength(1));
    expect(events.filter((event) => event.type === 'submitted')).toEqual([
      { type: 'submitted', page: 'page1', taskId: 'Task_1' },
    ]);
    expect(events.filter((event) => event.type === 'pageViewed')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('Vinterfest');
  });
});
