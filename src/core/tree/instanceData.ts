import {
  INSTANCE_CONTEXT_KEYS,
  instanceContextValue as engineInstanceContextValue,
  type InstanceContextKey,
  type InstanceLike,
} from '../expressions/index.ts';
import type { DataElement, FormEnvironment } from './types.ts';

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An `instanceContext` key's value; undefined for keys the function does not know. */
export function instanceContextValue(environment: FormEnvironment, key: string): string | null | undefined {
  if (!(INSTANCE_CONTEXT_KEYS as readonly string[]).includes(key)) return undefined;
  const instance = environment.stateless ? undefined : (record(environment.instance) as InstanceLike | undefined);
  return engineInstanceContextValue(instance, key as InstanceContextKey);
}

export function currentTask(environment: FormEnvironment): Readonly<Record<string, unknown>> | undefined {
  const process = record(environment.process) ?? record(record(environment.instance)?.process);
  const task = record(process?.currentTask);
  if (!environment.permissions) return task;
  return { ...task, ...environment.permissions };
}

export function dataElementsOf(environment: FormEnvironment): readonly DataElement[] {
  if (environment.dataElements) return environment.dataElements;
  const data = record(environment.instance)?.data;
  return Array.isArray(data) ? (data as DataElement[]) : [];
}
