import { useEffect } from 'react';
import type { ConnectedApp, ConnectedInstance } from '../../connected/index.ts';
import { FeedbackPage } from './FeedbackPage.tsx';

const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 30_000;

/**
 * A feedback task waits for the service owner's system. The instance is read again after 1 s,
 * 2 s, 4 s … (at most 30 s apart) until its task has changed; then the fresh instance takes over.
 * A failed read just waits for the next one: the user can do nothing here but wait.
 */
export function FeedbackView({
  app,
  instance,
  onMoved,
}: {
  app: ConnectedApp;
  instance: ConnectedInstance;
  onMoved(instance: ConnectedInstance): void;
}) {
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const taskId = instance.process.currentTask?.elementId;
    const poll = (delay: number) => {
      timer = setTimeout(async () => {
        try {
          const fresh = await app.openInstance(instance.instance.id);
          if (stopped) return fresh.dispose();
          if (fresh.process.ended || fresh.process.currentTask?.elementId !== taskId) return onMoved(fresh);
          fresh.dispose();
        } catch {
          // Nothing to tell the user that the waiting page does not already say.
        }
        if (!stopped) poll(Math.min(delay * 2, MAX_POLL_MS));
      }, delay);
    };
    poll(FIRST_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [app, instance, onMoved]);
  return <FeedbackPage />;
}
