import { childrenNamed, firstChild, parseXml, type XmlElement } from '../process/xml.ts';

/**
 * The XACML subset Altinn app policies use (platform §5.1), read from `App/config/authorization/policy.xml`.
 *
 * A rule's target is a list of AnyOf blocks that must all match; an AnyOf matches when one of its
 * AllOf alternatives matches; an AllOf matches when all of its Match elements match.
 */

export type AttributeCategory = 'subject' | 'resource' | 'action' | 'environment';

export interface PolicyMatch {
  readonly category: AttributeCategory;
  readonly attributeId: string;
  readonly value: string;
  readonly ignoreCase: boolean;
}

export interface PolicyRule {
  readonly id: string;
  readonly effect: 'Permit' | 'Deny';
  /** AnyOf blocks (all must match) of AllOf alternatives (one must match) of matches (all must match). */
  readonly target: readonly (readonly (readonly PolicyMatch[])[])[];
}

/**
 * `xacml`: the app's own rules. `owner-only`: the app ships no policy.xml, so the preview lets the
 * people who may act for the instance owner do anything, and the app's service owner too.
 * `deny-all`: the policy could not be read; nothing is permitted until it is fixed.
 */
export interface Policy {
  readonly kind: 'xacml' | 'owner-only' | 'deny-all';
  readonly rules: readonly PolicyRule[];
  /** `urn:altinn:minimum-authenticationlevel`: the lowest token level a person needs. */
  readonly minimumAuthenticationLevel: number | null;
  /** `urn:altinn:minimum-authenticationlevel-org`: the same for organisations. */
  readonly minimumAuthenticationLevelOrg: number | null;
  readonly org: string;
  readonly app: string;
}

export interface PolicyDiagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  /** The rule the diagnostic is about, or null for the policy as a whole. */
  readonly ruleId: string | null;
  readonly message: string;
}

export interface LoadedPolicy {
  readonly policy: Policy;
  readonly diagnostics: PolicyDiagnostic[];
}

const MATCH_FUNCTIONS: Record<string, boolean> = {
  'urn:oasis:names:tc:xacml:1.0:function:string-equal': false,
  'urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case': true,
};

/** Attributes the preview fills in a request; a rule needing any other one can never match. */
const KNOWN_ATTRIBUTES: Record<AttributeCategory, readonly string[]> = {
  subject: [
    'urn:altinn:rolecode',
    'urn:altinn:org',
    'urn:altinn:organizationnumber',
    'urn:altinn:userid',
    'urn:altinn:partyid',
  ],
  resource: [
    'urn:altinn:org',
    'urn:altinn:app',
    'urn:altinn:task',
    'urn:altinn:end-event',
    'urn:altinn:appresource',
    'urn:altinn:partyid',
  ],
  action: ['urn:oasis:names:tc:xacml:1.0:action:action-id'],
  environment: [],
};

function categoryOf(category: string): AttributeCategory | null {
  if (category.endsWith('subject-category:access-subject')) return 'subject';
  if (category.endsWith('attribute-category:resource')) return 'resource';
  if (category.endsWith('attribute-category:action')) return 'action';
  if (category.endsWith('attribute-category:environment')) return 'environment';
  return null;
}

class PolicyFormatError extends Error {}

function replacePlaceholders(xml: string, org: string, app: string): string {
  return xml.replaceAll('[ORG]', org).replaceAll('[org]', org).replaceAll('[APP]', app).replaceAll('[app]', app);
}

/** Where a match sits, for diagnostics: the rule (null for the policy's own target) and its effect. */
interface MatchPlace {
  readonly ruleId: string | null;
  readonly effect: 'Permit' | 'Deny';
}

function readMatch(match: XmlElement, place: MatchPlace, diagnostics: PolicyDiagnostic[]): PolicyMatch | null {
  const { ruleId } = place;
  const where = ruleId === null ? 'The policy target' : `Rule ${ruleId}`;
  const outcome =
    place.effect === 'Permit' ? 'that alternative never matches' : 'it counts as matching, so the rule denies';
  const matchId = match.attributes['MatchId'] ?? '';
  const value = firstChild(match, 'AttributeValue');
  const designator = firstChild(match, 'AttributeDesignator');
  if (!value || !designator) {
    throw new PolicyFormatError(`A Match in ${where.toLowerCase()} needs an AttributeValue and an AttributeDesignator`);
  }
  const attributeId = designator.attributes['AttributeId'] ?? '';
  const category = categoryOf(designator.attributes['Category'] ?? '');
  if (!(matchId in MATCH_FUNCTIONS)) {
    diagnostics.push({
      severity: 'warning',
      ruleId,
      message: `${where} uses match function ${matchId || '(none)'}, which the preview does not evaluate; ${outcome}`,
    });
    return null;
  }
  if (!category || !KNOWN_ATTRIBUTES[category].includes(attributeId)) {
    diagnostics.push({
      severity: 'warning',
      ruleId,
      message: `${where} matches on ${attributeId || '(no attribute)'}, which the preview does not know; ${outcome}`,
    });
    return null;
  }
  return { category, attributeId, value: value.text, ignoreCase: MATCH_FUNCTIONS[matchId] === true };
}

type Target = PolicyRule['target'];

/**
 * A Target's AnyOf blocks. A match the preview cannot evaluate must never widen access: in a
 * Permit rule its alternative is dropped (it never permits); in a Deny rule it counts as matching
 * (the rule denies whenever the rest of it matches).
 */
function readTarget(target: XmlElement | undefined, place: MatchPlace, diagnostics: PolicyDiagnostic[]): Target {
  const anyOfs = target ? childrenNamed(target, 'AnyOf') : [];
  return anyOfs.map((anyOf) =>
    childrenNamed(anyOf, 'AllOf').flatMap((allOf) => {
      const matches = childrenNamed(allOf, 'Match').map((match) => readMatch(match, place, diagnostics));
      const known = matches.filter((match): match is PolicyMatch => match !== null);
      if (known.length === matches.length || place.effect === 'Deny') return [known];
      return [];
    }),
  );
}

function readRule(
  rule: XmlElement,
  index: number,
  policyTarget: Target,
  diagnostics: PolicyDiagnostic[],
): PolicyRule | null {
  const id = rule.attributes['RuleId'] || `#${index + 1}`;
  const effect = rule.attributes['Effect'];
  if (effect !== 'Permit' && effect !== 'Deny')
    throw new PolicyFormatError(`Rule ${id} has Effect "${effect ?? ''}"; it must be Permit or Deny`);
  if (firstChild(rule, 'Condition')) {
    diagnostics.push({
      severity: 'warning',
      ruleId: id,
      message:
        effect === 'Permit'
          ? `Rule ${id} has a Condition, which the preview does not evaluate; the rule never permits`
          : `Rule ${id} has a Condition, which the preview does not evaluate; the rule denies whenever its target matches`,
    });
    if (effect === 'Permit') return null;
  }
  // The policy's own target applies to every rule in it.
  return {
    id,
    effect,
    target: [...policyTarget, ...readTarget(firstChild(rule, 'Target'), { ruleId: id, effect }, diagnostics)],
  };
}

function readObligations(policy: XmlElement): { user: number | null; org: number | null } {
  const levels = { user: null as number | null, org: null as number | null };
  const expressions = firstChild(policy, 'ObligationExpressions');
  for (const obligation of expressions ? childrenNamed(expressions, 'ObligationExpression') : []) {
    for (const assignment of childrenNamed(obligation, 'AttributeAssignmentExpression')) {
      const category = assignment.attributes['Category'];
      const text = firstChild(assignment, 'AttributeValue')?.text ?? '';
      if (!/^\d+$/.test(text)) {
        if (category?.startsWith('urn:altinn:minimum-authenticationlevel')) {
          throw new PolicyFormatError(`The authentication level obligation "${text}" is not a whole number`);
        }
        continue;
      }
      if (category === 'urn:altinn:minimum-authenticationlevel') levels.user = Number(text);
      if (category === 'urn:altinn:minimum-authenticationlevel-org') levels.org = Number(text);
    }
  }
  return levels;
}

/**
 * Reads an app's policy. Never throws: a policy that cannot be read becomes a `deny-all` policy
 * with an error diagnostic (fail closed), and a missing file an `owner-only` policy with a note;
 * the server prints the diagnostics at start.
 */
export function loadPolicy(xml: string | undefined, names: { org: string; app: string }): LoadedPolicy {
  const { org, app } = names;
  const empty = { rules: [], minimumAuthenticationLevel: null, minimumAuthenticationLevelOrg: null, org, app };
  if (xml === undefined) {
    return {
      policy: { kind: 'owner-only', ...empty },
      diagnostics: [
        {
          severity: 'info',
          ruleId: null,
          message:
            'The app has no App/config/authorization/policy.xml; the preview lets anyone who may act for an instance owner, and the service owner, do everything',
        },
      ],
    };
  }
  const diagnostics: PolicyDiagnostic[] = [];
  const denyAll = (message: string): LoadedPolicy => ({
    policy: { kind: 'deny-all', ...empty },
    diagnostics: [
      ...diagnostics,
      { severity: 'error', ruleId: null, message: `policy.xml cannot be used, so every request is denied: ${message}` },
    ],
  });
  const parsed = parseXml(replacePlaceholders(xml, org, app));
  if ('error' in parsed) {
    const { message, line, column } = parsed.error;
    return denyAll(`not well-formed XML (line ${line}, column ${column}): ${message}`);
  }
  if (parsed.root.name !== 'Policy') return denyAll(`the root element is ${parsed.root.name}, not a XACML Policy`);
  try {
    const policyTarget = readTarget(firstChild(parsed.root, 'Target'), { ruleId: null, effect: 'Permit' }, diagnostics);
    const rules = childrenNamed(parsed.root, 'Rule').flatMap(
      (rule, index) => readRule(rule, index, policyTarget, diagnostics) ?? [],
    );
    const levels = readObligations(parsed.root);
    if (rules.length === 0)
      diagnostics.push({
        severity: 'warning',
        ruleId: null,
        message: 'policy.xml has no rule the preview can use; every request is denied',
      });
    return {
      policy: {
        kind: 'xacml',
        rules,
        minimumAuthenticationLevel: levels.user,
        minimumAuthenticationLevelOrg: levels.org,
        org,
        app,
      },
      diagnostics,
    };
  } catch (error) {
    if (error instanceof PolicyFormatError) return denyAll(error.message);
    throw error;
  }
}
