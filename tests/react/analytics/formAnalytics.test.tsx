import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormAnalyticsEvent, RawComponent } from '../../../src/core/index.ts';
import { SkjemaForm } from '../../../src/react/SkjemaForm.tsx';
import { formOf } from '../../../stories/support/formOf.ts';
import { nb } from '../support/renderForm.tsx';

const texts = { nb: nb({ 'name.title': 'Navn', 'city.title': 'Sted' }) };
const NAME = 'Kari Hemmelig-Nordmann';
const CITY = 'Bortgjemt-by';

const page1: RawComponent[] = [
  {
    id: 'name',
    type: 'Input',
    required: true,
    dataModelBindings: { simpleBinding: 'name' },
    textResourceBindings: { title: 'name.title' },
  },
  { id: 'nav', type: 'NavigationButtons', validateOnNext: { page: 'current', show: ['All'] } } as RawComponent,
];
const page2: RawComponent[] = [
  {
    id: 'city',
    type: 'Input',
    dataModelBindings: { simpleBinding: 'city' },
    textResourceBindings: { title: 'city.title' },
  },
  { id: 'submit', type: 'Button' },
];

function renderWithAnalytics(options: { strict?: boolean; save?: () => Promise<void> } = {}) {
  const events: FormAnalyticsEvent[] = [];
  const onSubmit = vi.fn();
  const save = vi.fn(options.save ?? (() => Promise.resolve()));
  const layoutSet = formOf([], { texts, pages: { page1, page2 } });
  const form = (
    <SkjemaForm
      layoutSet={layoutSet}
      onSaveData={save}
      onSubmit={onSubmit}
      onAnalytics={(event) => events.push(event)}
    />
  );
  const result = render(options.strict ? <StrictMode>{form}</StrictMode> : form);
  return { ...result, events, save, onSubmit, of: (type: string) => events.filter((event) => event.type === type) };
}

function type(label: string, text: string) {
  const input = screen.getByRole('textbox', { name: label });
  act(() => input.focus());
  for (let length = 1; length <= text.length; length++)
    fireEvent.change(input, { target: { value: text.slice(0, length) } });
  fireEvent.focusOut(input);
}

const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
});
afterEach(() => {
  setVisibility('visible');
  vi.useRealTimers();
});

describe('SkjemaForm onAnalytics', () => {
  it('tells a whole visit once each: page viewed, validation shown, time on page, save latency, page viewed, submitted', async () => {
    const { events, of, onSubmit } = renderWithAnalytics();
    expect(events).toEqual([{ type: 'pageViewed', page: 'page1' }]);

    await pass(1500);
    fireEvent.click(screen.getByRole('button', { name: 'Neste' }));
    expect(of('validationShown')).toEqual([
      {
        type: 'validationShown',
        page: 'page1',
        messages: [{ textKey: 'form_filler.error_required', componentId: 'name', severity: 'error', count: 1 }],
        counts: { error: 1, warning: 0, info: 0, success: 0 },
      },
    ]);
    expect(of('pageViewed')).toHaveLength(1);

    type('Navn', NAME);
    await pass(1000);
    expect(of('saveCompleted')).toEqual([{ type: 'saveCompleted', durationMs: 0, ok: true, dataTypes: ['model'] }]);
    fireEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await pass(0);
    expect(of('timeOnPage')).toEqual([{ type: 'timeOnPage', page: 'page1', durationMs: 2500 }]);
    expect(of('pageViewed')).toEqual([
      { type: 'pageViewed', page: 'page1' },
      { type: 'pageViewed', page: 'page2' },
    ]);
    // Fixing the error hides it: no new message was shown, so no second validationShown.
    expect(of('validationShown')).toHaveLength(1);

    type('Sted', CITY);
    fireEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    await pass(0);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(of('submitted')).toEqual([{ type: 'submitted', page: 'page2' }]);
    expect(of('abandoned')).toEqual([]);

    const told = JSON.stringify(events);
    expect(told).not.toContain(NAME.slice(0, 4));
    expect(told).not.toContain(CITY.slice(0, 4));
  });

  it('measures how long each save took, and a failed one as not ok', async () => {
    let fail = true;
    const { of } = renderWithAnalytics({
      save: async () => {
        await new Promise((resolve) => setTimeout(resolve, 120));
        if (fail) throw new Error('offline');
      },
    });
    type('Navn', NAME);
    await pass(400 + 120);
    expect(of('saveCompleted')).toEqual([{ type: 'saveCompleted', durationMs: 120, ok: false, dataTypes: ['model'] }]);
    fail = false;
    type('Navn', 'Ola');
    await pass(400 + 120);
    expect(of('saveCompleted').map((event) => event.type === 'saveCompleted' && event.ok)).toEqual([false, true]);
  });

  it('tells abandoned once when the page is hidden before submit, with whether changes were unsaved, and time on the page', async () => {
    const { events, of } = renderWithAnalytics();
    await pass(3000);
    type('Navn', NAME);
    setVisibility('hidden');
    expect(events.slice(1)).toEqual([
      { type: 'timeOnPage', page: 'page1', durationMs: 3000 },
      { type: 'abandoned', page: 'page1', unsaved: true },
    ]);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(of('abandoned')).toHaveLength(1);

    // Back again: the page's time counts anew, without a second pageViewed.
    setVisibility('visible');
    await pass(500);
    setVisibility('hidden');
    expect(of('pageViewed')).toHaveLength(1);
    expect(of('timeOnPage').at(-1)).toEqual({ type: 'timeOnPage', page: 'page1', durationMs: 500 });
  });

  it('tells nothing abandoned after the form was submitted', async () => {
    const { of } = renderWithAnalytics();
    type('Navn', NAME);
    fireEvent.click(screen.getByRole('button', { name: 'Neste' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send inn' }));
    await pass(0);
    expect(of('submitted')).toHaveLength(1);
    setVisibility('hidden');
    expect(of('abandoned')).toEqual([]);
  });

  it('counts each event once under StrictMode, and tells the time on the page when the form closes', async () => {
    const { of, unmount } = renderWithAnalytics({ strict: true });
    expect(of('pageViewed')).toEqual([{ type: 'pageViewed', page: 'page1' }]);
    await pass(700);
    expect(of('timeOnPage')).toEqual([]);
    unmount();
    await pass(0);
    expect(of('timeOnPage')).toEqual([{ type: 'timeOnPage', page: 'page1', durationMs: 700 }]);
  });
});
