import { useCallback } from 'react';
import { AltinnApp, type AltinnAppProps } from '../react/app/AltinnApp.tsx';
import type { AltinnAppEvent } from '../react/app/useInstanceState.ts';
import { dispatchSkjemaEvent } from './events.ts';
import { backendValidationDetail } from './validationDetail.ts';

export interface ConnectedElementAppProps {
  host: HTMLElement;
  baseUrl: string;
  org: string;
  app: string;
  auth: Extract<AltinnAppProps, { baseUrl: string }>['auth'];
  instanceId?: string;
  language: string;
}

/** An Altinn app run against its backend (`base-url`), its events told to the host as DOM events. */
export function ConnectedElementApp({ host, instanceId, ...connection }: ConnectedElementAppProps) {
  const onEvent = useCallback((event: AltinnAppEvent) => forward(host, event), [host]);
  return <AltinnApp {...connection} instanceId={instanceId} onEvent={onEvent} />;
}

function forward(host: HTMLElement, event: AltinnAppEvent): void {
  switch (event.type) {
    case 'dataSaved':
      return dispatchSkjemaEvent(host, 'skjema-save', {
        mode: 'connected',
        status: 'saved',
        dataElementIds: event.dataElementIds,
      });
    case 'saveFailed':
      return dispatchSkjemaEvent(host, 'skjema-save', { mode: 'connected', status: 'failed', message: event.message });
    case 'validationChanged':
      return dispatchSkjemaEvent(host, 'skjema-validation', backendValidationDetail(event.issues));
    case 'processMoved':
      return dispatchSkjemaEvent(host, 'skjema-process', {
        taskId: event.process.currentTask?.elementId ?? undefined,
        ended: !!event.process.ended,
        process: event.process,
      });
    case 'submitted':
      return dispatchSkjemaEvent(host, 'skjema-submit', {
        mode: 'connected',
        instanceId: event.instance.id,
        process: event.process,
      });
    default:
      return undefined;
  }
}
