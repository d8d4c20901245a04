import { canRepresent, partyById, rolesFor } from './parties.ts';
import type { AttributeCategory, Policy, PolicyMatch, PolicyRule } from './policy.ts';
import type { Principal } from './tokens.ts';
import type { TestUsers } from './users.ts';

export interface AuthorizationRequest {
  readonly principal: Principal;
  /** The instance owner (or, to instantiate, the party the instance would be for). */
  readonly partyId: number;
  /** The current task, when the instance is in one. */
  readonly taskId?: string | null;
  /** The end event, when the process has ended. */
  readonly endEventId?: string | null;
  /** `urn:altinn:appresource`, e.g. `events`. */
  readonly appResource?: string | null;
  readonly action: string;
}

export interface Decision {
  readonly permit: boolean;
  /** Set when a rule permitted but the token's authentication level is too low (app-api §2: 403 with this map). */
  readonly failedObligations?: { readonly RequiredAuthenticationLevel: string };
  /** A Deny rule applied, or the policy cannot be used: nothing else (a delegation) may permit. */
  readonly denied?: boolean;
}

type Attributes = Record<AttributeCategory, Map<string, readonly string[]>>;

/**
 * The attributes of a decision request (platform §5.2). A person's role codes are the roles they
 * hold for the resource party, so the same rule permits one party and not another.
 */
function requestAttributes(policy: Policy, users: TestUsers, request: AuthorizationRequest): Attributes {
  const { principal } = request;
  const subject = new Map<string, readonly string[]>();
  if (principal.kind === 'user') {
    subject.set('urn:altinn:rolecode', rolesFor(users, principal.userId, request.partyId));
    subject.set('urn:altinn:userid', [String(principal.userId)]);
    subject.set('urn:altinn:partyid', [String(principal.partyId)]);
  } else {
    if (principal.org) subject.set('urn:altinn:org', [principal.org]);
    if (principal.orgNumber) subject.set('urn:altinn:organizationnumber', [principal.orgNumber]);
  }
  const resource = new Map<string, readonly string[]>([
    ['urn:altinn:org', [policy.org]],
    ['urn:altinn:app', [policy.app]],
    ['urn:altinn:partyid', [String(request.partyId)]],
  ]);
  if (request.endEventId) resource.set('urn:altinn:end-event', [request.endEventId]);
  else if (request.taskId) resource.set('urn:altinn:task', [request.taskId]);
  if (request.appResource) resource.set('urn:altinn:appresource', [request.appResource]);
  const action = new Map<string, readonly string[]>([
    ['urn:oasis:names:tc:xacml:1.0:action:action-id', [request.action]],
  ]);
  return { subject, resource, action, environment: new Map() };
}

function matches(match: PolicyMatch, attributes: Attributes): boolean {
  const values = attributes[match.category].get(match.attributeId) ?? [];
  if (match.ignoreCase) {
    const wanted = match.value.toLowerCase();
    return values.some((value) => value.toLowerCase() === wanted);
  }
  return values.includes(match.value);
}

function ruleApplies(rule: PolicyRule, attributes: Attributes): boolean {
  return rule.target.every((anyOf) => anyOf.some((allOf) => allOf.every((match) => matches(match, attributes))));
}

function ownerOnly(policy: Policy, users: TestUsers, request: AuthorizationRequest): boolean {
  const { principal } = request;
  if (principal.kind === 'org') return principal.org !== null && principal.org === policy.org;
  return canRepresent(users, principal.userId, request.partyId) && partyById(users, request.partyId) !== undefined;
}

/**
 * Decides one request against the app's policy: deny unless a Permit rule applies and no Deny rule
 * does (deny-overrides), then the minimum authentication level obligation.
 */
export function authorize(policy: Policy, users: TestUsers, request: AuthorizationRequest): Decision {
  if (policy.kind === 'deny-all') return { permit: false, denied: true };
  let permit: boolean;
  if (policy.kind === 'owner-only') permit = ownerOnly(policy, users, request);
  else {
    const attributes = requestAttributes(policy, users, request);
    const applying = policy.rules.filter((rule) => ruleApplies(rule, attributes));
    if (applying.some((rule) => rule.effect === 'Deny')) return { permit: false, denied: true };
    permit = applying.some((rule) => rule.effect === 'Permit');
  }
  if (!permit) return { permit: false };
  const minimum =
    request.principal.kind === 'org' ? policy.minimumAuthenticationLevelOrg : policy.minimumAuthenticationLevel;
  if (minimum !== null && request.principal.authLevel < minimum) {
    return { permit: false, failedObligations: { RequiredAuthenticationLevel: String(minimum) } };
  }
  return { permit: true };
}

/** Several actions for the same subject and resource, as `GET process` asks them (platform §5.4). */
export function authorizeMany(
  policy: Policy,
  users: TestUsers,
  request: Omit<AuthorizationRequest, 'action'>,
  actions: readonly string[],
): Record<string, Decision> {
  const decisions: Record<string, Decision> = {};
  for (const action of actions) decisions[action] = authorize(policy, users, { ...request, action });
  return decisions;
}
