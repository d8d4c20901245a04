import type { FormAnalyticsEvent } from '../core/index.ts';
import type { PreviewPageConfig } from './config.ts';

/** Events wait this long for more before they are sent together. */
const BATCH_MS = 2000;
/** The server takes at most 100 a request; the page sends fewer so a batch never fails for size. */
const MAX_BATCH = 50;

/**
 * Sends the form's analytics events to the preview server (`POST /{org}/{app}/skjema/analytics`),
 * a few at a time, for its statistics page — what a host does with `onAnalytics` and its own tool.
 * An `abandoned` or `submitted` event is sent at once with `keepalive`, since the page may be
 * closing. A failed send is dropped: statistics are not worth retrying over a user's data.
 */
export function analyticsForwarder(config: PreviewPageConfig): (event: FormAnalyticsEvent) => void {
  const url = `/${config.org}/${config.app}/skjema/analytics`;
  let queue: FormAnalyticsEvent[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (queue.length > 0) {
      const events = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      void fetch(url, {
        method: 'POST',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', ...xsrfHeader() },
        body: JSON.stringify({ events }),
      }).catch(() => {});
    }
  };
  return (event) => {
    queue.push(event);
    if (event.type === 'abandoned' || event.type === 'submitted' || queue.length >= MAX_BATCH) send();
    else timer ??= setTimeout(send, BATCH_MS);
  };
}

/** The preview answers cookie-authenticated writes only with the XSRF cookie echoed, as the app backend does. */
function xsrfHeader(): Record<string, string> {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(document.cookie);
  return match ? { 'x-xsrf-token': decodeURIComponent(match[1]!) } : {};
}
