import { useState } from 'react';
import type { ConnectedApp } from '../connected/index.ts';
import { AltinnApp } from '../react/app/AltinnApp.tsx';
import type { AltinnAppEvent } from '../react/app/useInstanceState.ts';
import { rememberInstance } from './config.ts';

interface Props {
  connectedApp: ConnectedApp;
  language: string;
  instanceId: string | undefined;
}

/** `<AltinnApp>` with the instance kept in the address, so a reload continues where the user was. */
export function PreviewApp({ connectedApp, language, instanceId }: Props) {
  const [initialInstance] = useState(instanceId);
  const onEvent = (event: AltinnAppEvent) => {
    if (event.type === 'instanceCreated') rememberInstance(event.instance.id);
  };
  return (
    <main>
      <AltinnApp connectedApp={connectedApp} language={language} instanceId={initialInstance} onEvent={onEvent} />
    </main>
  );
}
