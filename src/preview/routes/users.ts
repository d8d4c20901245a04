import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { PARTY_COOKIE, RUNTIME_COOKIE, XSRF_COOKIE } from '../auth/request.ts';
import { badRequest } from '../http/problem.ts';
import { queryFlag, queryParam, readCookies } from '../http/request.ts';
import { sendJson, sendText, setCookie } from '../http/response.ts';
import type { Router } from '../http/router.ts';
import type { ServerContext } from '../serverContext.ts';
import { partyIdParam, requireUser } from './access.ts';

/** The double-submit XSRF cookie a browser echoes in `X-XSRF-TOKEN`; readable by scripts on purpose. */
export function setXsrfCookie(res: ServerResponse): void {
  setCookie(res, XSRF_COOKIE, randomBytes(24).toString('base64url'));
}

function userIdParam(value: string | undefined): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw badRequest(`"${value ?? ''}" is not a user id; try userId=1337.`);
  return id;
}

function authenticationLevel(url: URL): number {
  const level = Number(queryParam(url, 'authenticationLevel') ?? 2);
  if (!Number.isInteger(level) || level < 0 || level > 4) throw badRequest('authenticationLevel must be 0 to 4.');
  return level;
}

/** localtest's token routes, and a browser login that sets the cookies (outside `/{org}/{app}`). */
export function registerLoginRoutes(router: Router, context: ServerContext): void {
  const token = async (res: ServerResponse, url: URL, userId: string | undefined) => {
    const jwt = await context.auth.issueToken(userIdParam(userId), authenticationLevel(url));
    setXsrfCookie(res);
    sendText(res, 200, jwt);
  };
  router.get('Home/GetTestUserToken', ({ res, url }) => token(res, url, queryParam(url, 'userId')));
  router.get('Home/GetTestUserToken/:userId', ({ res, url, params }) => token(res, url, params.userId));

  const orgToken = async (res: ServerResponse, org: string | undefined) => {
    if (!org || !/^[a-z0-9-]{2,20}$/i.test(org))
      throw badRequest(`"${org ?? ''}" is not a service owner code; try ${context.app().org}.`);
    sendText(res, 200, await context.auth.issueServiceOwnerToken(org));
  };
  router.get('Home/GetTestOrgToken', ({ res, url }) => orgToken(res, queryParam(url, 'org')));
  router.get('Home/GetTestOrgToken/:org', ({ res, params }) => orgToken(res, params.org));

  router.get('Home/LogInTestUser', async ({ res, url }) => {
    const jwt = await context.auth.issueToken(
      userIdParam(queryParam(url, 'userId') ?? '1337'),
      authenticationLevel(url),
    );
    setCookie(res, RUNTIME_COOKIE, jwt, { httpOnly: true });
    setCookie(res, PARTY_COOKIE, '', { maxAge: 0 });
    setXsrfCookie(res);
    const target = queryParam(url, 'goto') ?? '/';
    // Only same-site paths, so the route cannot be used to send a signed-in user elsewhere.
    const safe = target.startsWith('/') && !target.startsWith('//') ? target : '/';
    res.writeHead(302, { location: safe });
    res.end();
  });
}

/** The user, their parties and the selected party (app-api §3, "User, party and authentication"). */
export function registerUserRoutes(router: Router, context: ServerContext): void {
  router.get('', ({ res }) => {
    setXsrfCookie(res);
    const { org, app } = context.app();
    sendText(
      res,
      200,
      `skjema preview of ${org}/${app}. The app API is under /${org}/${app}/api and /${org}/${app}/instances.`,
    );
  });

  router.get('api/v1/profile/user', async ({ req, res }) => {
    const user = await requireUser(context, req);
    // A plain string, as the reference answers a caller that is not a user.
    if (user.principal.kind === 'org')
      sendText(res, 400, 'The user profile needs a test user token, not a service owner token.');
    else sendJson(res, 200, context.auth.profile(user));
  });

  router.get('api/v1/parties', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    sendJson(
      res,
      200,
      context.auth.parties(user, { allowedToInstantiateFilter: queryFlag(url, 'allowedToInstantiateFilter') }),
    );
  });

  router.get('api/authorization/parties/current', async ({ req, res, url }) => {
    const user = await requireUser(context, req);
    const selected = Number(readCookies(req)[PARTY_COOKIE]);
    let partyId = user.partyId;
    if (Number.isInteger(selected) && selected > 0 && context.auth.canRepresent(user, selected)) partyId = selected;
    else setCookie(res, PARTY_COOKIE, String(user.partyId));
    if (queryFlag(url, 'returnPartyObject')) sendJson(res, 200, context.auth.party(partyId));
    else sendJson(res, 200, partyId);
  });

  router.put('api/v1/parties/:party', async ({ req, res, params }) => {
    const user = await requireUser(context, req);
    const partyId = partyIdParam(params.party);
    if (!context.auth.canRepresent(user, partyId)) {
      // A plain string, as the reference answers and the API documents.
      sendText(res, 400, `User ${user.userId} cannot represent party ${partyId}.`);
      return;
    }
    setCookie(res, PARTY_COOKIE, String(partyId));
    sendText(res, 200, 'Party successfully updated');
  });

  router.get('api/authentication/keepAlive', async ({ req, res }) => {
    await requireUser(context, req);
    sendText(res, 200, 'Ok');
  });

  router.put('api/authentication/invalidatecookie', ({ res }) => {
    setCookie(res, RUNTIME_COOKIE, '', { maxAge: 0, httpOnly: true });
    sendText(res, 200, 'Ok');
  });
}
