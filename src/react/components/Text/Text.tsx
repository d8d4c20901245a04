import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';
import { ValueDisplay } from '../shared/ValueDisplay.tsx';

/** A read-only text from the `value` expression, with its title. */
export function Text({ node }: SkjemaComponentProps) {
  useNodeVersion(node);
  const value = node.evaluate('value', 'string', '');
  return <ValueDisplay node={node} value={typeof value === 'string' ? value : ''} />;
}
