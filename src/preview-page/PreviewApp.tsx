import { useState } from 'react';
import type { ConnectedApp } from '../connected/index.ts';
import type { PrecompiledModelValidators } from '../core/index.ts';
import { AltinnApp, type AltinnAppEvent, type PageLocation } from '../react/index.ts';
import { rememberLocation, type AddressLocation } from './config.ts';
import { InboxLink } from './InboxPage.tsx';

interface Props {
  connectedApp: ConnectedApp;
  language: string;
  location: AddressLocation | undefined;
  precompiledValidators: Readonly<Record<string, PrecompiledModelValidators>>;
}

/** `<AltinnApp>` with the instance and page kept in the address, so a reload continues where the user was. */
export function PreviewApp({ connectedApp, language, location, precompiledValidators }: Props) {
  const [initial] = useState(location);
  const onEvent = (event: AltinnAppEvent) => {
    if (event.type === 'instanceCreated') rememberLocation(event.instance.id);
  };
  const onPageChange = ({ instanceId, taskId, page }: PageLocation) => rememberLocation(instanceId, { taskId, page });
  return (
    <main>
      <InboxLink language={language} />
      <AltinnApp
        connectedApp={connectedApp}
        language={language}
        // The service is the whole page: <html lang> follows the language the user picks.
        documentLanguage
        instanceId={initial?.instanceId}
        page={initial?.page}
        onEvent={onEvent}
        onPageChange={onPageChange}
        // A service several tasks long says where the user is, even without the app's own taskNavigation.
        showProcessSteps
        // Compiled by the preview server: the page runs no schema compiler (its CSP forbids eval).
        precompiledValidators={precompiledValidators}
      />
    </main>
  );
}
