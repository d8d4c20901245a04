import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { ValueDisplay } from '../shared/ValueDisplay.tsx';
import { formatDateValue } from './formatDateValue.ts';

/** A read-only date from the `value` expression, shown with `format` (default `dd.MM.yyyy`). */
export function DateValue({ node }: SkjemaComponentProps) {
  useNodeVersion(node);
  const { language } = useTextResolver();
  const value = node.evaluate('value', 'string', '');
  const { format } = node.component as { format?: string };
  return <ValueDisplay node={node} value={formatDateValue(typeof value === 'string' ? value : '', format, language)} />;
}
