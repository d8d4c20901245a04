import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ConnectedApp, ConnectedEventName, ConnectedEvents, ConnectedInstance } from '../../connected/index.ts';
import type { AppProcessState } from '../../wire/index.ts';
import type { SaveState } from './SaveStatusIndicator.tsx';

/** The instance's process as it moves (process next, a reload of the instance). */
export function useProcess(instance: ConnectedInstance): AppProcessState {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const offMoved = instance.on('processMoved', onChange);
      const offChanged = instance.on('instanceChanged', onChange);
      return () => {
        offMoved();
        offChanged();
      };
    },
    [instance],
  );
  return useSyncExternalStore(subscribe, () => instance.process as AppProcessState);
}

/**
 * The save status as the status line says it. Before the first save there is nothing to say; a
 * save that waits after a failure is a retry.
 */
export function useSaveState(instance: ConnectedInstance): SaveState {
  const subscribe = useCallback((onChange: () => void) => instance.onSaveStatus(onChange), [instance]);
  const status = useSyncExternalStore(subscribe, () => instance.saveStatus);
  const [started, setStarted] = useState(false);
  if (!started && status !== 'saved') setStarted(true);
  if (!started) return 'idle';
  switch (status) {
    case 'saved':
      return 'saved';
    case 'saving':
      return 'saving';
    case 'pending':
      return instance.saveError ? 'retrying' : 'saving';
    case 'offline':
      return 'offline';
    case 'error':
      return 'failed';
  }
}

/** One event of the running instance, as `onEvent` hears it. */
export type AltinnAppEvent = {
  [E in ConnectedEventName]: { type: E } & ConnectedEvents[E];
}[ConnectedEventName];

const EVENT_NAMES: readonly ConnectedEventName[] = [
  'instanceCreated',
  'dataSaved',
  'saveFailed',
  'validationChanged',
  'processMoved',
  'submitted',
  'instanceChanged',
];

/**
 * Hands every event of the app (an instance created, and every event of the instances it opened)
 * to `onEvent`, read at each event so a new callback needs no resubscribe.
 */
export function useForwardedEvents(app: ConnectedApp, onEvent: ((event: AltinnAppEvent) => void) | undefined) {
  const listener = useRef(onEvent);
  useEffect(() => {
    listener.current = onEvent;
  }, [onEvent]);
  useEffect(() => {
    const offs = EVENT_NAMES.map((name) =>
      app.on(name, (payload) => listener.current?.({ type: name, ...payload } as AltinnAppEvent)),
    );
    return () => offs.forEach((off) => off());
  }, [app]);
}
