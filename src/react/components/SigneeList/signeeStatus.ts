import type { Signee, SigneeStatus } from '../../../core/services/signing.ts';
import type { TextResolver } from '../../../core/texts/textResolver.ts';
import { formatDateTime } from '../shared/useServiceQuery.ts';

const STATUS_TEXT: Record<SigneeStatus, string> = {
  signed: 'signee_list.status_signed',
  waiting: 'signee_list.status_waiting',
  delegationFailed: 'signee_list.status_delegation_failed',
  notificationFailed: 'signee_list.status_notification_failed',
};

/** How far a signee has come, with the time of the signature once there is one. */
export function signeeStatusText(signee: Signee, texts: TextResolver): string {
  const status = texts.resolve(STATUS_TEXT[signee.status] ?? STATUS_TEXT.waiting);
  return signee.status === 'signed' && signee.signedAt
    ? `${status} ${formatDateTime(signee.signedAt, texts.language)}`
    : status;
}
