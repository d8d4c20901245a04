import type { InboxView } from '../../wire/inbox.ts';
import { badRequest, forbidden } from '../http/problem.ts';
import { queryParam } from '../http/request.ts';
import { sendJson } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import { ftsQuery } from '../inbox/ftsQuery.ts';
import { inboxPage } from '../inbox/inboxListing.ts';
import { ProgressCache } from '../inbox/taskProgress.ts';
import type { ServerContext } from '../serverContext.ts';
import { partyIdParam, requireUser } from './access.ts';

const VIEWS: readonly InboxView[] = ['all', 'active', 'archived', 'deleted'];
const MAX_QUERY_LENGTH = 200;
const MAX_PAGE_SIZE = 100;

/**
 * `GET skjema/inbox?party=&q=&view=&page=&pageSize=&language=`: a party's instances of the app with
 * their status, newest change first or best match first (docs/preview.md, "Inbox and search").
 */
export function registerInboxRoutes(router: Router, context: ServerContext): void {
  const progressCache = new ProgressCache();

  router.get('skjema/inbox', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const partyText = queryParam(url, 'party');
    if (partyText === undefined && user.principal.kind === 'org')
      throw badRequest('A service owner has no party of its own: give the party whose instances to list as ?party=.');
    const partyId = partyText === undefined ? user.partyId : partyIdParam(partyText);
    if (!context.auth.canRepresent(user, partyId))
      throw forbidden(`User ${user.userId} cannot act for party ${partyId}, so cannot see its instances.`);

    const query = queryParam(url, 'q')?.trim() ?? '';
    if (query.length > MAX_QUERY_LENGTH)
      throw badRequest(`The search (q) is ${query.length} characters; make it at most ${MAX_QUERY_LENGTH}.`);
    const view = (queryParam(url, 'view') ?? 'all') as InboxView;
    if (!VIEWS.includes(view)) throw badRequest(`view is "${view}"; use one of ${VIEWS.join(', ')}.`);
    const page = positiveInteger(url, 'page', 1, Number.MAX_SAFE_INTEGER);
    const pageSize = positiveInteger(url, 'pageSize', 20, MAX_PAGE_SIZE);

    sendJson(
      res,
      200,
      await inboxPage(
        context,
        {
          user,
          partyId,
          view,
          query: query === '' ? null : query,
          match: ftsQuery(query),
          page,
          pageSize,
          language: queryParam(url, 'language') ?? 'nb',
        },
        progressCache,
      ),
    );
  });
}

function positiveInteger(url: URL, name: string, fallback: number, max: number): number {
  const text = queryParam(url, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || value > max)
    throw badRequest(`${name} is "${text}"; give a whole number from 1 to ${max}.`);
  return value;
}
