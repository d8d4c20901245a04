import { Divider as DsDivider } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';

/** A horizontal rule between sections. */
export function Divider({ node }: SkjemaComponentProps) {
  return <DsDivider id={node.id} />;
}
