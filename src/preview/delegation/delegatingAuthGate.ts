import type { PreviewApp } from '../app/previewApp.ts';
import { isPartyTypeAllowed, partyById, rolesFor, type Party, type PartyTypesAllowed } from '../auth/parties.ts';
import type { TestUsers } from '../auth/users.ts';
import type { AuthGate, PreviewUser } from '../serverContext.ts';
import { administers } from './administrators.ts';
import { delegationGives } from './delegationRights.ts';
import type { Delegation, DelegationStore } from './delegationStore.ts';

export interface DelegationOptions {
  readonly store: DelegationStore;
  readonly users: TestUsers;
  readonly app: () => PreviewApp;
}

/** The auth gate, plus whether a user may give and revoke delegations for a party. */
export interface DelegatingAuthGate extends AuthGate {
  administers(user: PreviewUser, partyId: number): boolean;
}

/** Every party a user acts for through their own roles (subunits included), never through a delegation. */
function ownParties(base: AuthGate, user: PreviewUser): number[] {
  const flat = (parties: readonly Party[]): number[] =>
    parties.flatMap((party) => [party.partyId, ...flat(party.childParties ?? [])]);
  return flat(base.parties(user, { allowedToInstantiateFilter: false }));
}

/**
 * The auth gate with delegations (docs/preview.md, "Delegation"). As localtest decides (platform
 * §5.5), the app's policy is asked first; only when it does not apply are the delegations to the
 * user consulted. A delegation never overrides a Deny rule or a policy that cannot be read, and a
 * delegated right still needs the policy's minimum authentication level. Delegations do not chain:
 * they reach the people who act for the receiving party through their own roles.
 */
export function withDelegations(base: AuthGate, options: DelegationOptions): DelegatingAuthGate {
  const { store, users } = options;
  const receives = (user: PreviewUser, delegation: Delegation) =>
    user.principal.kind === 'user' && base.canRepresent(user, delegation.to.partyId);

  return {
    ...base,
    authorize(request) {
      const decision = base.authorize(request);
      if (decision.permit || decision.failedObligations || decision.denied) return decision;
      const { user } = request;
      const given = store
        .bearingOn(request.partyId, request.instanceId)
        .some((delegation) => receives(user, delegation) && delegationGives(delegation, request));
      if (!given) return decision;
      const minimum = options.app().policy.policy.minimumAuthenticationLevel;
      if (minimum !== null && user.authenticationLevel < minimum) {
        return { permit: false, failedObligations: { RequiredAuthenticationLevel: String(minimum) } };
      }
      return { permit: true };
    },
    canRepresent(user, partyId, instanceId) {
      if (base.canRepresent(user, partyId)) return true;
      return store.bearingOn(partyId, instanceId).some((delegation) => receives(user, delegation));
    },
    parties(user, listOptions) {
      const parties = base.parties(user, listOptions);
      if (user.principal.kind !== 'user') return parties;
      const own = ownParties(base, user);
      const listed = new Set(
        parties.flatMap((party) => [party.partyId, ...(party.childParties ?? []).map((c) => c.partyId)]),
      );
      const allowed = options.app().metadata.partyTypesAllowed as PartyTypesAllowed | undefined;
      const delegated = store
        .appLevelTo(own)
        .map((delegation) => delegation.from.partyId)
        .filter((partyId, index, all) => all.indexOf(partyId) === index && !listed.has(partyId))
        .flatMap((partyId) => partyById(users, partyId, { maskSsn: true }) ?? [])
        .filter((party) => !listOptions.allowedToInstantiateFilter || isPartyTypeAllowed(party, allowed));
      return [...parties, ...delegated];
    },
    administers(user, partyId) {
      if (user.principal.kind !== 'user') return false;
      return administers(user.partyId, partyId, rolesFor(users, user.userId, partyId));
    },
  };
}
