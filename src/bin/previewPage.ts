import { fullName } from '../preview/auth/users.ts';
import type { PreviewFrontendOptions } from '../cli/preview.ts';
import type { PreviewServer, PreviewServerApp } from '../preview/index.ts';
import { createPreviewFrontend, type PreviewFrontend, type PreviewPage } from './previewFrontend.ts';

/**
 * The pages `skjema preview` serves beside the app API: `<AltinnApp>` for each app at
 * `/{org}/{app}/`, as the app the server runs now (it follows reloads), with the test users to
 * log in as; at `/` the only app's page, or the list of apps when the server runs several.
 */
export function previewPage(server: PreviewServer, options: PreviewFrontendOptions = {}): Promise<PreviewFrontend> {
  return createPreviewFrontend((pathname) => previewPageAt(server, pathname), options.contentSecurityPolicy);
}

/** The page for a path, or undefined when the path is not one of the preview's pages. */
export function previewPageAt(server: PreviewServer, pathname: string): PreviewPage | undefined {
  const apps = server.apps();
  if (pathname === '/' || pathname === '/index.html') {
    if (apps.length === 1) return appPage(server, apps[0]!);
    return {
      kind: 'apps',
      config: {
        apps: apps.map((entry) => {
          const app = entry.app();
          return { org: app.org, app: app.app, title: titleOf(app.metadata.title) };
        }),
      },
    };
  }
  const path = pathname.toLowerCase().replace(/\/$/, '');
  const entry = apps.find(({ id }) => `/${id}`.toLowerCase() === path);
  return entry ? appPage(server, entry) : undefined;
}

function appPage(server: PreviewServer, entry: PreviewServerApp): PreviewPage {
  const app = entry.app();
  const modelDataTypes = new Set<string>();
  for (const set of app.layoutSets.values())
    for (const type of Object.keys(set.dataModelSchemas)) modelDataTypes.add(type);
  const testUsers = server.users.persons.map((person) => ({
    userId: person.userId,
    name: fullName(person),
    partyId: person.partyId,
  }));
  return { kind: 'app', config: { org: app.org, app: app.app, testUsers, modelDataTypes: [...modelDataTypes] } };
}

function titleOf(title: unknown): Record<string, string> {
  if (typeof title !== 'object' || title === null) return {};
  return Object.fromEntries(
    Object.entries(title).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
