import { ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** The id a group's inputs point `aria-describedby` at, so each option announces the group's error. */
export function groupErrorId(nodeId: string): string {
  return `${nodeId}-error`;
}

/** The error message of a radio or checkbox group, shown once for the whole group. */
export function GroupError({ nodeId, error }: { nodeId: string; error: ReactNode }) {
  if (!error) return null;
  return <ValidationMessage id={groupErrorId(nodeId)}>{error}</ValidationMessage>;
}
