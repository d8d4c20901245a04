import { fullName } from '../preview/auth/users.ts';
import type { PreviewFrontendOptions } from '../cli/preview.ts';
import type { PreviewServer } from '../preview/index.ts';
import { createPreviewFrontend, type PreviewFrontend } from './previewFrontend.ts';

/**
 * The page `skjema preview` serves beside the app API: `<AltinnApp>` for the app the server runs
 * now (it follows reloads), with the test users to log in as.
 */
export function previewPage(server: PreviewServer, options: PreviewFrontendOptions = {}): Promise<PreviewFrontend> {
  const testUsers = server.users.persons.map((person) => ({
    userId: person.userId,
    name: fullName(person),
    partyId: person.partyId,
  }));
  return createPreviewFrontend(() => {
    const app = server.app();
    const modelDataTypes = new Set<string>();
    for (const set of app.layoutSets.values())
      for (const type of Object.keys(set.dataModelSchemas)) modelDataTypes.add(type);
    return { org: app.org, app: app.app, testUsers, modelDataTypes: [...modelDataTypes] };
  }, options.contentSecurityPolicy);
}
