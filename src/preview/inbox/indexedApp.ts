import type { PreviewApp } from '../app/previewApp.ts';
import type { AppDescriber, IndexedApp } from './searchIndex.ts';

/** What the inbox index reads of an app: its title in every language, and its form data types. */
export function indexedApp(app: PreviewApp): IndexedApp {
  const title = app.metadata.title;
  const titles =
    title !== null && typeof title === 'object'
      ? Object.values(title as Record<string, unknown>).filter((text): text is string => typeof text === 'string')
      : [];
  return {
    title: [...new Set(titles)].join(' \n'),
    formDataTypes: new Set(app.dataTypes.filter((type) => type.isFormData).map((type) => type.id)),
  };
}

/** The describer for the apps a server runs, read anew after every reload. */
export function describeServedApps(apps: () => readonly PreviewApp[]): AppDescriber {
  return (appId) => {
    const served = apps().find((app) => `${app.org}/${app.app}` === appId);
    return served ? indexedApp(served) : undefined;
  };
}
