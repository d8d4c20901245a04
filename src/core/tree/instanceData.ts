import type { DataElement, FormEnvironment } from './types.ts';

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The `instanceContext` keys (§3.3); undefined for unknown keys and when there is no instance. */
export function instanceContextValue(environment: FormEnvironment, key: string): string | null | undefined {
  const instance = environment.stateless ? undefined : record(environment.instance);
  if (!instance) return null;
  const owner = record(instance.instanceOwner);
  switch (key) {
    case 'instanceId':
      return stringOrNull(instance.id);
    case 'appId':
      return stringOrNull(instance.appId);
    case 'instanceOwnerPartyId':
      return stringOrNull(owner?.partyId);
    case 'instanceOwnerPartyType':
      if (owner?.organisationNumber) return 'org';
      if (owner?.personNumber) return 'person';
      if (owner?.username) return 'selfIdentified';
      return 'unknown';
    case 'instanceOwnerName':
      return stringOrNull(record(owner?.party)?.name);
    default:
      return undefined;
  }
}

function stringOrNull(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return String(value);
}

export function currentTask(environment: FormEnvironment): Readonly<Record<string, unknown>> | undefined {
  const process = record(environment.process) ?? record(record(environment.instance)?.process);
  return record(process?.currentTask);
}

export function dataElementsOf(environment: FormEnvironment): readonly DataElement[] {
  if (environment.dataElements) return environment.dataElements;
  const data = record(environment.instance)?.data;
  return Array.isArray(data) ? (data as DataElement[]) : [];
}
