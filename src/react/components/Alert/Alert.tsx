import type { SkjemaComponentProps } from '../../registry/types.ts';
import { Callout, type CalloutColor } from '../shared/Callout.tsx';

const SEVERITIES: readonly CalloutColor[] = ['success', 'warning', 'danger', 'info'];

/**
 * A static message in the severity's colour. It is part of the page from the start, so it has no
 * `role="alert"`: that would make screen readers interrupt the user when the page opens.
 */
export function Alert({ node }: SkjemaComponentProps) {
  const { severity } = node.component as { severity?: string };
  const color = SEVERITIES.find((candidate) => candidate === severity) ?? 'info';
  return <Callout node={node} color={color} showIcon />;
}
