import type { Policy } from '../auth/policy.ts';

const ACTION_ID = 'urn:oasis:names:tc:xacml:1.0:action:action-id';

/** The actions the app's rules name, in first-seen order; null when any action goes (no policy.xml). */
export function policyActions(policy: Policy): string[] | null {
  if (policy.kind === 'owner-only') return null;
  const actions = policy.rules.flatMap((rule) =>
    rule.target
      .flat(2)
      .flatMap((match) => (match.category === 'action' && match.attributeId === ACTION_ID ? [match.value] : [])),
  );
  return actions.filter((action, index) => actions.indexOf(action) === index);
}
