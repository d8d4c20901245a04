import type { DataElement } from '../../wire/dataElement.ts';
import type { ProcessEvent } from '../process/types.ts';
import type { StoredInstance } from './store.ts';

/**
 * What one write to an instance changed, told to the store's commit listeners inside the write's
 * transaction, so that what they store (the events outbox) lands with the change or not at all.
 */
export interface InstanceCommit {
  /** The instance before the write; undefined when the write created it. */
  readonly before: StoredInstance | undefined;
  /** The instance after the write; undefined when the write deleted it for good (`?hard=true`). */
  readonly after: StoredInstance | undefined;
  /** The process transitions of the write, in order. */
  readonly processEvents: readonly ProcessEvent[];
  /** Data elements whose content was created or replaced. */
  readonly savedElements: readonly DataElement[];
  /** Data elements removed. */
  readonly removedElements: readonly DataElement[];
}

export type InstanceCommitListener = (commit: InstanceCommit) => void;
