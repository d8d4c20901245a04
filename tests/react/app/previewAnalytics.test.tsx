import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormAnalyticsEvent } from '../../../src/core/index.ts';
import { analyticsForwarder } from '../../../src/preview-page/analyticsForwarder.ts';

const config = { org: 'skjema', app: 'event-permit', testUsers: [], modelDataTypes: [] };
const viewed = (page: string): FormAnalyticsEvent => ({ type: 'pageViewed', page, taskId: 'Task_1' });

describe("the preview page's analytics forwarder", () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);
    document.cookie = 'XSRF-TOKEN=abc%3D123';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    document.cookie = 'XSRF-TOKEN=; Max-Age=0';
  });

  const sent = () =>
    fetchMock.mock.calls.map(([url, init]) => ({
      url: url as string,
      headers: (init as RequestInit).headers,
      keepalive: (init as RequestInit).keepalive,
      events: (JSON.parse((init as RequestInit).body as string) as { events: FormAnalyticsEvent[] }).events,
    }));

  it('sends the events of two seconds in one request, with the XSRF cookie echoed', async () => {
    const forward = analyticsForwarder(config);
    forward(viewed('one'));
    forward(viewed('two'));
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchMock).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(sent()).toEqual([
      {
        url: '/skjema/event-permit/skjema/analytics',
        headers: { 'content-type': 'application/json', 'x-xsrf-token': 'abc=123' },
        keepalive: true,
        events: [viewed('one'), viewed('two')],
      },
    ]);
  });

  it('sends at once when the form is abandoned or submitted, since the page may be closing', () => {
    const forward = analyticsForwarder(config);
    forward(viewed('one'));
    forward({ type: 'abandoned', page: 'one', taskId: 'Task_1', unsaved: false });
    expect(sent().map((request) => request.events.map((event) => event.type))).toEqual([['pageViewed', 'abandoned']]);
    forward({ type: 'submitted', page: 'one' });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('never sends more than 50 events in one request', () => {
    const forward = analyticsForwarder(config);
    for (let index = 0; index < 120; index++) forward(viewed(`page${index}`));
    expect(sent().map((request) => request.events.length)).toEqual([50, 50]);
  });
});
