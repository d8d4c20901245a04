import { describe, expect, it } from 'vitest';
import { FormData } from '../../../src/core/data/formData.ts';
import { saveDelayOf } from '../../../src/core/save/saveDelay.ts';
import { SaveScheduler, type SavedModel, type SaveSchedulerOptions } from '../../../src/core/save/saveScheduler.ts';
import { watchFormData } from '../../../src/core/save/watchFormData.ts';
import { fakeClock } from '../session/support.ts';

/** A save whose calls the test resolves or rejects one by one. */
function controlledSave() {
  const calls: { models: SavedModel[]; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const save = (models: SavedModel[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({ models: structuredClone(models), resolve, reject });
    });
  return { save, calls };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setup(options: Partial<SaveSchedulerOptions> = {}) {
  const data = new FormData('model', { model: {}, other: {} });
  const { clock, advance, pendingTimers } = fakeClock();
  const { save, calls } = controlledSave();
  const errors: unknown[] = [];
  const scheduler = new SaveScheduler({
    save,
    read: (dataType) => data.model(dataType).snapshot(),
    onError: (error) => errors.push(error),
    clock,
    ...options,
  });
  watchFormData(data, scheduler);
  const type = (field: string, text: string, saveWhileTyping?: unknown) =>
    scheduler.withDelay(saveDelayOf(saveWhileTyping), () => data.setText({ dataType: 'model', field }, text));
  return { data, scheduler, advance, pendingTimers, calls, errors, type };
}

describe('saveDelayOf', () => {
  it('reads saveWhileTyping: true or absent 400 ms, a number that many, false until the field is left', () => {
    expect(saveDelayOf(undefined)).toBe(400);
    expect(saveDelayOf(true)).toBe(400);
    expect(saveDelayOf(1000)).toBe(1000);
    expect(saveDelayOf(0)).toBe(0);
    expect(saveDelayOf(false)).toBe('onLeave');
  });
});

describe('SaveScheduler', () => {
  it('saves once the typing field’s quiet period has passed since the last keystroke', () => {
    const { advance, calls, type } = setup();
    type('name', 'A', 1000);
    advance(900);
    type('name', 'An', 1000);
    advance(900);
    type('name', 'Ann', 1000);
    advance(999);
    expect(calls).toHaveLength(0);
    advance(1);
    expect(calls.map((call) => call.models)).toEqual([[{ dataType: 'model', data: { name: 'Ann' } }]]);
  });

  it('uses 400 ms for saveWhileTyping true and for changes that name no delay', async () => {
    const { data, advance, calls, type } = setup();
    type('name', 'Ann', true);
    advance(399);
    expect(calls).toHaveLength(0);
    advance(1);
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await settle();
    data.model().set('agree', true);
    advance(399);
    expect(calls).toHaveLength(1);
    advance(1);
    expect(calls).toHaveLength(2);
  });

  it('with saveWhileTyping false waits until the field is left', () => {
    const { scheduler, advance, calls, type } = setup();
    type('name', 'Ann', false);
    advance(60_000);
    expect(calls).toHaveLength(0);
    scheduler.fieldLeft();
    expect(calls.map((call) => call.models[0].data)).toEqual([{ name: 'Ann' }]);
  });

  it('leaving a field with nothing pending saves nothing', () => {
    const { scheduler, calls } = setup();
    scheduler.fieldLeft();
    expect(calls).toHaveLength(0);
  });

  it('never runs two saves at once: a change during a save is saved after it', async () => {
    const { advance, calls, type } = setup();
    type('name', 'Ann');
    advance(400);
    type('name', 'Anne');
    advance(400);
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1].models[0].data).toEqual({ name: 'Anne' });
  });

  it('keeps a failed save’s changes, reports the failure and saves them with the next change', async () => {
    const { scheduler, data, advance, calls, errors, type } = setup();
    data.model('other').set('x', 1);
    advance(400);
    calls[0].reject(new Error('offline'));
    await settle();
    expect(errors).toEqual([new Error('offline')]);
    expect(scheduler.failed).toBe(true);
    expect(scheduler.pending).toBe(true);
    type('name', 'Ann');
    advance(400);
    expect(calls[1].models).toEqual([
      { dataType: 'other', data: { x: 1 } },
      { dataType: 'model', data: { name: 'Ann' } },
    ]);
    calls[1].resolve();
    await settle();
    expect(scheduler.failed).toBe(false);
    expect(scheduler.pending).toBe(false);
  });

  it('retries a failed save on flush and resolves whether everything is saved', async () => {
    const { scheduler, advance, calls, type } = setup();
    type('name', 'Ann');
    advance(400);
    calls[0].reject(new Error('500'));
    await settle();
    const flushed = scheduler.flush();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await expect(flushed).resolves.toBe(true);
  });

  it('treats a save that throws like a rejected one', async () => {
    const data = new FormData('model');
    const errors: unknown[] = [];
    const scheduler = new SaveScheduler({
      save: () => {
        throw new Error('boom');
      },
      read: (dataType) => data.model(dataType).snapshot(),
      onError: (error) => errors.push(error),
      clock: fakeClock().clock,
    });
    scheduler.changed('model');
    await expect(scheduler.flush()).resolves.toBe(false);
    expect(errors).toHaveLength(1);
    expect(scheduler.pending).toBe(true);
  });

  it('flush saves at once, after a running save, and then has nothing left to do', async () => {
    const { scheduler, advance, calls, pendingTimers, type } = setup();
    type('name', 'Ann');
    advance(400);
    type('name', 'Anne');
    const flushed = scheduler.flush();
    expect(calls).toHaveLength(1);
    calls[0].resolve();
    await settle();
    expect(calls).toHaveLength(2);
    calls[1].resolve();
    await expect(flushed).resolves.toBe(true);
    expect(pendingTimers()).toBe(0);
    await scheduler.flush();
    expect(calls).toHaveLength(2);
  });

  it('dispose saves what is pending', async () => {
    const { scheduler, calls, type } = setup();
    type('name', 'Ann', 5000);
    const disposed = scheduler.dispose();
    expect(calls.map((call) => call.models[0].data)).toEqual([{ name: 'Ann' }]);
    calls[0].resolve();
    await expect(disposed).resolves.toBe(true);
  });

  it('with onChangePage saves only on page change and flush', async () => {
    const { scheduler, advance, calls, type } = setup({ behavior: 'onChangePage' });
    type('name', 'Ann');
    advance(60_000);
    scheduler.fieldLeft();
    expect(calls).toHaveLength(0);
    const moved = scheduler.pageChanged();
    expect(calls.map((call) => call.models[0].data)).toEqual([{ name: 'Ann' }]);
    calls[0].resolve();
    await moved;
    type('name', 'Anne', false);
    void scheduler.flush();
    expect(calls).toHaveLength(2);
  });

  it('saves only the models changed since the last successful save', async () => {
    const { data, advance, calls } = setup();
    data.model('other').set('x', 1);
    advance(400);
    calls[0].resolve();
    await settle();
    data.model().set('y', 2);
    advance(400);
    expect(calls[1].models).toEqual([{ dataType: 'model', data: { y: 2 } }]);
  });

  it('ignores writes that change nothing', () => {
    const { data, advance, calls } = setup();
    data.model().set('absent', undefined);
    advance(400);
    expect(calls).toHaveLength(0);
  });

  it('tells subscribers when a save fails and when the data is saved again', async () => {
    const { scheduler, advance, calls, type } = setup();
    const seen: boolean[] = [];
    scheduler.subscribe(() => seen.push(scheduler.failed));
    type('name', 'Ann');
    advance(400);
    calls[0].reject(new Error('offline'));
    await settle();
    expect(seen.at(-1)).toBe(true);
    void scheduler.flush();
    calls[1].resolve();
    await settle();
    expect(seen.at(-1)).toBe(false);
  });
});
