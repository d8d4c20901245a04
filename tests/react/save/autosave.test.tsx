import { act, fireEvent, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm, type SkjemaFormProps } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { expectNoAxeViolations, nb, renderForm, type RenderFormOptions } from '../support/renderForm.tsx';

type SaveHandler = NonNullable<SkjemaFormProps['onSaveData']>;

const texts = { nb: nb({ 'name.title': 'Navn', 'city.title': 'Sted' }) };

function nameField(extra: Partial<RawComponent> = {}): RawComponent {
  return {
    id: 'name',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'name' },
    textResourceBindings: { title: 'name.title' },
    ...extra,
  };
}

const cityField: RawComponent = {
  id: 'city',
  type: 'Input',
  dataModelBindings: { simpleBinding: 'city' },
  textResourceBindings: { title: 'city.title' },
};

const nextButton: RawComponent = { id: 'nav', type: 'NavigationButtons' };

function renderAutosaving(components: RawComponent[], options: RenderFormOptions = {}) {
  const onSaveData = vi.fn<SaveHandler>();
  const rendered = renderForm(components, { texts, onSaveData, ...options });
  return { ...rendered, onSaveData: (options.onSaveData as typeof onSaveData | undefined) ?? onSaveData };
}

/**
 * Events fired directly: user-event's own pauses do not run under Vitest's fake timers in jsdom.
 * Typing is one change per keystroke, as the browser sends it.
 */
const user = {
  type(input: HTMLElement, text: string) {
    act(() => input.focus());
    const start = (input as HTMLInputElement).value;
    for (let length = 1; length <= text.length; length++) {
      fireEvent.change(input, { target: { value: start + text.slice(0, length) } });
    }
    return Promise.resolve();
  },
  tab() {
    const active = document.activeElement;
    if (active) fireEvent.focusOut(active);
    return Promise.resolve();
  },
  click(element: HTMLElement) {
    fireEvent.click(element);
    return Promise.resolve();
  },
};

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave (onSaveData)', () => {
  it('saves once, saveWhileTyping ms after the last keystroke, with what was typed', async () => {
    const { onSaveData } = renderAutosaving([nameField({ saveWhileTyping: 1000 })]);
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await wait(999);
    expect(onSaveData).not.toHaveBeenCalled();
    await wait(1);
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari' } }]);
    await wait(10_000);
    expect(onSaveData).toHaveBeenCalledTimes(1);
  });

  it('with saveWhileTyping false saves only when the user leaves the field', async () => {
    const { onSaveData } = renderAutosaving([nameField({ saveWhileTyping: false }), cityField]);
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await wait(60_000);
    expect(onSaveData).not.toHaveBeenCalled();
    await user.tab();
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari' } }]);
  });

  it('saves at once when the user moves to another page', async () => {
    const { onSaveData } = renderAutosaving([], {
      pages: { one: [nameField({ saveWhileTyping: 60_000 }), nextButton], two: [cityField] },
    });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    expect(onSaveData).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(screen.getByRole('textbox', { name: 'Sted' })).toBeInTheDocument();
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari' } }]);
  });

  it('with autoSaveBehavior onChangePage saves only when the page changes', async () => {
    const { onSaveData } = renderAutosaving([], {
      pages: { one: [nameField(), cityField, nextButton], two: [] },
      pageSettings: { autoSaveBehavior: 'onChangePage' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Sted' }), 'Bergen');
    await wait(60_000);
    expect(onSaveData).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Neste' }));
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari', city: 'Bergen' } }]);
  });

  it('says politely that a failed save is not saved yet, and the next change saves it', async () => {
    const onSaveData = vi.fn<SaveHandler>().mockRejectedValueOnce(new Error('offline'));
    const onSaveError = vi.fn();
    const { container } = renderAutosaving([nameField()], { onSaveData, onSaveError });
    const message = 'Endringene er ikke lagret ennå. Vi prøver igjen når du fortsetter.';
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await wait(400);
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveError).toHaveBeenCalledWith(new Error('offline'));
    expect(screen.getByText(message).closest('[role="status"]')).toHaveAttribute('aria-live', 'polite');
    vi.useRealTimers();
    await expectNoAxeViolations(container);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), ' N');
    await wait(400);
    expect(onSaveData).toHaveBeenCalledTimes(2);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari N' } }]);
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('saves what is pending before onSubmit is called', async () => {
    const order: string[] = [];
    const onSaveData = vi.fn<SaveHandler>(() => void order.push('save'));
    const { onSubmit } = renderAutosaving([nameField({ saveWhileTyping: 60_000 })], {
      onSaveData,
      withSubmit: true,
    });
    onSubmit.mockImplementation(() => void order.push('submit'));
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await wait(0);
    expect(order).toEqual(['save', 'submit']);
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Kari' }, { model: { name: 'Kari' } });
  });

  it('does not submit while the data cannot be saved', async () => {
    const onSaveData = vi.fn<SaveHandler>().mockRejectedValueOnce(new Error('offline'));
    const { onSubmit } = renderAutosaving([nameField({ saveWhileTyping: false })], {
      onSaveData,
      withSubmit: true,
    });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await wait(0);
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Send inn' }));
    await wait(0);
    expect(onSaveData).toHaveBeenCalledTimes(2);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('saves a pending change when the form unmounts', async () => {
    const { onSaveData, unmount } = renderAutosaving([nameField({ saveWhileTyping: 60_000 })]);
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    unmount();
    expect(onSaveData).toHaveBeenCalledTimes(1);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari' } }]);
  });

  it('shows no save status without onSaveData', async () => {
    renderAutosaving([nameField()], { onSaveData: undefined });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await wait(60_000);
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveValue('Kari');
    expect(document.querySelector('.skjema-save-status')).toBeNull();
  });
});

describe('autosave and failed saves on leaving a field', () => {
  it('retries a failed save when the user moves on to the next field', async () => {
    const onSaveData = vi.fn<SaveHandler>().mockRejectedValueOnce(new Error('offline'));
    renderAutosaving([nameField(), cityField], { onSaveData });
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    await wait(400);
    act(() => screen.getByRole('textbox', { name: 'Sted' }).focus());
    await wait(0);
    expect(onSaveData).toHaveBeenCalledTimes(2);
    expect(onSaveData).toHaveBeenLastCalledWith([{ dataType: 'model', data: { name: 'Kari' } }]);
  });
});

describe('autosave cost', () => {
  function commitsWhileTyping(onSaveData: SaveHandler | undefined): number {
    let commits = 0;
    const layoutSet = formOf([nameField(), cityField], { texts });
    const { unmount } = render(
      <Profiler id="form" onRender={() => commits++}>
        <SkjemaForm layoutSet={layoutSet} onSaveData={onSaveData} />
      </Profiler>,
    );
    const before = commits;
    void user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari');
    const typing = commits - before;
    unmount();
    return typing;
  }

  it('typing renders as often with autosave as without it', () => {
    const without = commitsWhileTyping(undefined);
    const saving = vi.fn<SaveHandler>();
    expect(commitsWhileTyping(saving)).toBe(without);
    expect(saving).toHaveBeenCalledTimes(1);
  });
});
