import type { InstanceStatus } from '../../wire/instance.ts';
import { forbidden } from '../http/problem.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `preventInstanceDeletionForDays: n`: storage refuses to delete an archived instance until n days
 * after it was archived (platform spec §3.4, `InstanceHelper.IsPreventedFromDeletion`).
 */
export function preventsDeletion(
  metadata: Readonly<Record<string, unknown>>,
  instance: { readonly status?: InstanceStatus | null },
  now: Date,
): boolean {
  const from = deletableFrom(metadata, instance);
  return from !== undefined && from > now;
}

function deletableFrom(
  metadata: Readonly<Record<string, unknown>>,
  instance: { readonly status?: InstanceStatus | null },
): Date | undefined {
  const days = metadata.preventInstanceDeletionForDays;
  const archived = instance.status?.archived;
  if (typeof days !== 'number' || !instance.status?.isArchived || typeof archived !== 'string') return undefined;
  return new Date(Date.parse(archived) + days * DAY_MS);
}

/** 403 while `preventInstanceDeletionForDays` holds the instance. */
export function checkDeletionAllowed(
  metadata: Readonly<Record<string, unknown>>,
  instance: { readonly status?: InstanceStatus | null },
  now: Date,
): void {
  const from = deletableFrom(metadata, instance);
  if (from !== undefined && from > now) {
    throw forbidden(
      `Instance cannot be deleted yet: the app keeps archived instances for ${String(metadata.preventInstanceDeletionForDays)} days (preventInstanceDeletionForDays); it can be deleted from ${from.toISOString()}.`,
    );
  }
}
