import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { AuthError, UnknownTestUserError } from './auth/errors.ts';
import type { PreviewApp } from './app/previewApp.ts';
import { authorize } from './auth/decide.ts';
import { canRepresent, partiesFor, partyById, type PartyTypesAllowed } from './auth/parties.ts';
import { authenticateRequest, parseCookies } from './auth/request.ts';
import {
  createTokenKey,
  issueOrgToken,
  issueTestToken,
  tokenKeyFromText,
  tokenKeyToText,
  type TokenKey,
} from './auth/tokens.ts';
import { defaultTestUsers, describeTestUsers, findPerson, fullName, type TestUsers } from './auth/users.ts';
import { badRequest, HttpProblem, notFound } from './http/problem.ts';
import { header } from './http/request.ts';
import type { AuthGate, PreviewUser } from './serverContext.ts';

export const KEY_FILE = 'token-key.txt';

export interface AuthGateOptions {
  readonly dataDir: string;
  readonly users?: TestUsers;
  readonly app: () => PreviewApp;
  readonly now: () => Date;
}

/**
 * The signing key of test tokens, kept in the data folder so that tokens (and browser cookies)
 * stay valid across restarts of the server.
 */
function tokenKey(dataDir: string): TokenKey {
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) return tokenKeyFromText(readFileSync(file, 'utf8').trim());
  const key = createTokenKey();
  writeFileSync(file, tokenKeyToText(key), { mode: 0o600 });
  return key;
}

/** The routes' view of test users, tokens and parties over `src/preview/auth`. */
export function createAuthGate(options: AuthGateOptions): AuthGate {
  const users = options.users ?? defaultTestUsers();
  const key = tokenKey(options.dataDir);
  return {
    async authenticate(req: IncomingMessage): Promise<PreviewUser | undefined> {
      const cookies = parseCookies(req.headers.cookie);
      const authorization = header(req, 'authorization');
      if (!authorization && !cookies.AltinnStudioRuntime) return undefined;
      try {
        const { principal } = await authenticateRequest(
          { authorization, cookies, method: req.method ?? 'GET', xsrfHeader: header(req, 'x-xsrf-token') },
          key,
          options.now(),
        );
        if (principal.kind === 'org') {
          // The app's own service owner (a feedback task waits for it to move the process on);
          // other organisations have no business with this app's instances.
          const { org } = options.app();
          if (principal.org !== org) {
            throw new HttpProblem(
              403,
              'Forbidden',
              `The token is for ${principal.org ? `service owner ${principal.org}` : `organisation ${principal.orgNumber ?? '(no number)'}`}; only ${org}, the owner of this app, or a test user may use it.`,
            );
          }
          return {
            userId: 0,
            partyId: 0,
            name: `service owner ${org}`,
            authenticationLevel: principal.authLevel,
            principal,
          };
        }
        const person = findPerson(users, principal.userId);
        if (!person)
          throw new HttpProblem(
            401,
            'Unauthorized',
            `The token is for user ${principal.userId}, whom the test data no longer has.`,
          );
        return {
          userId: person.userId,
          partyId: person.partyId,
          name: fullName(person),
          authenticationLevel: principal.authLevel,
          principal,
        };
      } catch (error) {
        if (error instanceof AuthError)
          throw new HttpProblem(error.status, error.status === 400 ? 'Bad Request' : 'Unauthorized', error.message);
        throw error;
      }
    },
    async issueToken(userId, authenticationLevel) {
      try {
        return await issueTestToken(users, { userId, authenticationLevel, now: options.now() }, key);
      } catch (error) {
        if (error instanceof UnknownTestUserError) throw notFound(error.message);
        throw error;
      }
    },
    async issueServiceOwnerToken(org) {
      return issueOrgToken({ org, now: options.now() }, key);
    },
    parties: (user, { allowedToInstantiateFilter }) =>
      user.principal.kind === 'org'
        ? []
        : partiesFor(users, user.userId, {
            allowedToInstantiateFilter,
            partyTypesAllowed: options.app().metadata.partyTypesAllowed as PartyTypesAllowed | undefined,
          }),
    party: (partyId) => partyById(users, partyId),
    // The service owner owns every instance of its app (only its own org gets this far).
    canRepresent: (user, partyId) => user.principal.kind === 'org' || canRepresent(users, user.userId, partyId),
    authorize: ({ user, partyId, action, taskId, endEvent, appResource }) =>
      authorize(options.app().policy.policy, users, {
        principal: user.principal,
        partyId,
        action,
        taskId: taskId ?? null,
        endEventId: endEvent ?? null,
        appResource: appResource ?? null,
      }),
    profile(user) {
      const person = findPerson(users, user.userId);
      // As the reference: the profile is a user's; a service owner token gets 400.
      if (user.principal.kind === 'org' || !person) throw badRequest('The user profile needs a test user token.');
      const party = partyById(users, person.partyId, { maskSsn: true });
      return {
        userId: person.userId,
        userUuid: null,
        userName: person.userName,
        externalIdentity: null,
        isReserved: false,
        phoneNumber: null,
        email: person.email,
        partyId: person.partyId,
        party: party
          ? {
              ...party,
              person: {
                ssn: party.ssn,
                name: party.name,
                firstName: person.firstName,
                middleName: person.middleName,
                lastName: person.lastName,
              },
            }
          : null,
        userType: person.userType,
        profileSettingPreference: {
          language: person.language,
          preSelectedPartyId: 0,
          doNotPromptForParty: person.doNotPromptForParty,
        },
      };
    },
    describeUsers: () => describeTestUsers(users),
    peopleWhoMay: ({ partyId, action, taskId }) =>
      users.persons
        .filter((person) => canRepresent(users, person.userId, partyId))
        .filter((person) => {
          const principal = {
            kind: 'user' as const,
            userId: person.userId,
            userName: person.userName,
            partyId: person.partyId,
            authLevel: 0,
            scopes: [],
          };
          // A rule that permits but asks for a higher level still makes the person one the task waits for.
          const decision = authorize(options.app().policy.policy, users, { principal, partyId, action, taskId });
          return decision.permit || decision.failedObligations !== undefined;
        })
        .map((person) => ({ userId: person.userId, partyId: person.partyId, name: fullName(person) })),
  };
}
