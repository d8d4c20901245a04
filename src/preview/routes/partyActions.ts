import { isPartyTypeAllowed, type PartyTypesAllowed } from '../auth/parties.ts';
import { notFound } from '../http/problem.ts';
import { sendJson } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { ServerContext } from '../serverContext.ts';
import { partyIdParam, requireUser } from './access.ts';

/**
 * `GET /{org}/{app}/skjema/parties/{partyId}/actions`: what the user may do for a party before any
 * instance exists (`{ "instantiate": true }`), decided as `POST instances` decides it — party
 * access, `partyTypesAllowed`, then the policy and delegations. The app API has no such question;
 * the preview's page asks it so that it offers "new instance" only where creating would succeed.
 */
export function registerPartyActionRoutes(router: Router, context: ServerContext): void {
  router.get('skjema/parties/:party/actions', async ({ req, res, params }) => {
    const user = await requireUser(context, req);
    const partyId = partyIdParam(params.party);
    const party = context.auth.party(partyId);
    if (!party) throw notFound(`No test party ${partyId}.`);
    const allowed = context.app().metadata.partyTypesAllowed as PartyTypesAllowed | undefined;
    const instantiate =
      context.auth.canRepresent(user, partyId) &&
      isPartyTypeAllowed(party, allowed) &&
      context.auth.authorize({ user, partyId, action: 'instantiate' }).permit;
    sendJson(res, 200, { instantiate });
  });
}
