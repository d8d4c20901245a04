import type { InstanceContextKey } from './context.ts';

/** The parts of an Altinn instance document `instanceContext` reads. */
export interface InstanceLike {
  readonly id?: string | null;
  readonly appId?: string | null;
  readonly instanceOwner?: {
    readonly partyId?: string | number | null;
    readonly organisationNumber?: string | null;
    readonly personNumber?: string | null;
    readonly username?: string | null;
    readonly party?: { readonly name?: string | null } | null;
  } | null;
}

function partyType(owner: InstanceLike['instanceOwner']): string {
  if (owner?.organisationNumber) return 'org';
  if (owner?.personNumber) return 'person';
  if (owner?.username) return 'selfIdentified';
  return 'unknown';
}

/** Ready-made `ExpressionContext.instanceContext` for hosts holding an instance document. */
export function instanceContextValue(
  instance: InstanceLike | null | undefined,
  key: InstanceContextKey,
): string | null {
  if (!instance) return null;
  const owner = instance.instanceOwner;
  switch (key) {
    case 'instanceId':
      return instance.id ?? null;
    case 'appId':
      return instance.appId ?? null;
    case 'instanceOwnerPartyId':
      return owner?.partyId === undefined || owner.partyId === null ? null : String(owner.partyId);
    case 'instanceOwnerPartyType':
      return partyType(owner);
    case 'instanceOwnerName':
      return owner?.party?.name ?? null;
  }
}
