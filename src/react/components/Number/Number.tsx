import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeVersion } from '../../hooks/useNodeVersion.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { ValueDisplay } from '../shared/ValueDisplay.tsx';
import { formatNumber, type NumberFormatting } from './formatNumber.ts';

/** A read-only number from the `value` expression, formatted for the form's language. */
export function NumberValue({ node }: SkjemaComponentProps) {
  useNodeVersion(node);
  const { language } = useTextResolver();
  const value = node.evaluate('value', 'number', null);
  const formatting = (node.component as { formatting?: NumberFormatting }).formatting;
  const shown = typeof value === 'number' && Number.isFinite(value) ? formatNumber(value, formatting, language) : '';
  return <ValueDisplay node={node} value={shown} />;
}
