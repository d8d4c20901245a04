import type { Signee, SigningUser } from '../../../core/services/signing.ts';

export type SigningPanel = 'error' | 'sign' | 'submit' | 'awaitingOthers' | 'done';

/**
 * Which panel the user sees, in order of urgency: whoever completes the task hears first when a
 * signee never got access; a signee who has not signed is asked to; whoever completes the task can
 * submit once everyone has signed; everyone else is told there is nothing more to do.
 */
export function signingPanelOf(user: SigningUser, signees: readonly Signee[]): SigningPanel {
  if (user.maySubmit && signees.some((signee) => signee.status === 'delegationFailed')) return 'error';
  if (user.maySign && !user.hasSigned) return 'sign';
  if (user.maySubmit) return signees.every((signee) => signee.status === 'signed') ? 'submit' : 'awaitingOthers';
  return 'done';
}
