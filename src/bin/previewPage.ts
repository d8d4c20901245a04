import { fullName } from '../preview/auth/users.ts';
import type { PreviewServer } from '../preview/index.ts';
import { createPreviewFrontend, type PreviewFrontend } from './previewFrontend.ts';

/**
 * The page `skjema preview` serves beside the app API: `<AltinnApp>` for the app the server runs
 * now (it follows reloads), with the test users to log in as.
 */
export function previewPage(server: PreviewServer): Promise<PreviewFrontend> {
  const testUsers = server.users.persons.map((person) => ({
    userId: person.userId,
    name: fullName(person),
    partyId: person.partyId,
  }));
  return createPreviewFrontend(() => ({ org: server.app().org, app: server.app().app, testUsers }));
}
