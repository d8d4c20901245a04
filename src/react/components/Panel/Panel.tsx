import type { SkjemaComponentProps } from '../../registry/types.ts';
import { Callout, type CalloutColor } from '../shared/Callout.tsx';

const COLORS: Record<string, CalloutColor> = { info: 'info', warning: 'warning', error: 'danger', success: 'success' };

/** A highlighted box with a title and body; `variant` picks the colour, `showIcon` the icon. */
export function Panel({ node }: SkjemaComponentProps) {
  const { variant, showIcon } = node.component as { variant?: string; showIcon?: boolean };
  return <Callout node={node} color={COLORS[variant ?? 'info'] ?? 'info'} showIcon={showIcon !== false} />;
}
