import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';
import { useOptions } from '../../hooks/useOptions.ts';
import { ValueDisplay } from '../shared/ValueDisplay.tsx';

/** Shows the label of the option whose value the `value` expression yields. */
export function OptionValue({ node }: SkjemaComponentProps) {
  useNodeVersion(node);
  const options = useOptions(node);
  const raw = node.evaluate('value', 'string', '');
  const value = typeof raw === 'string' ? raw : '';
  const label = value === '' ? '' : (options.find((option) => option.value === value)?.label ?? value);
  return <ValueDisplay node={node} value={label} />;
}
