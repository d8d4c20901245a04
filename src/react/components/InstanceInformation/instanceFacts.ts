import { instanceContextValue, type InstanceLike } from '../../../core/expressions/index.ts';
import { formatDateValue } from '../Date/formatDateValue.ts';

export interface InstanceFacts {
  dateSent?: string;
  sender?: string;
  receiver?: string;
  referenceNumber?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** What the receipt shows about an instance, formatted like the reference (`dd.MM.yyyy / HH:mm`). */
export function instanceFacts(
  instance: Readonly<Record<string, unknown>> | null | undefined,
  language: string,
  receiverName: string | undefined,
): InstanceFacts {
  if (!instance) return {};
  const owner = (instance as InstanceLike).instanceOwner;
  const ownerNumber = text(owner?.personNumber) ?? text(owner?.organisationNumber);
  const ownerName = instanceContextValue(instance as InstanceLike, 'instanceOwnerName') ?? undefined;
  const lastChanged = text(instance.lastChanged);
  // The reference number is the last block of the instance GUID (`…/6697-…-a1b2c3d4e5f6`).
  const guid = text(instance.id)?.split('/').pop();
  return {
    dateSent: lastChanged ? formatDateValue(lastChanged, 'dd.MM.yyyy / HH:mm', language) : undefined,
    sender: [ownerNumber, text(ownerName)].filter(Boolean).join(' – ') || undefined,
    receiver: receiverName ?? text(instance.org),
    referenceNumber: guid?.split('-').pop(),
  };
}
