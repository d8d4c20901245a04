import type { FormNode } from '../../../core/form/index.ts';
import { useText } from '../../i18n/useTexts.ts';
import { useDefinitionOf } from './useDefinitionOf.ts';
import type { SummaryOverride } from './overrides.ts';

/**
 * The value part of a component's summary: the type's own summary when it has one, else its
 * display value (a list for several chosen options), else "Ikke besvart" or the override's text.
 */
export function SummaryValue({ node, override }: { node: FormNode; override: SummaryOverride }) {
  const noAnswer = useText('summary.no_answer');
  const emptyText = useText(override.emptyFieldText);
  const OwnSummary = useDefinitionOf()(node)?.summary;
  if (OwnSummary) return <OwnSummary node={node} override={override} />;
  const value = node.displayValue() ?? '';
  const parts = node.displayValueParts();
  if (parts !== null && parts.length > 0 && override.displayType !== 'string') {
    return (
      <ul className="skjema-summary-list">
        {parts.map((part, index) => (
          <li key={index}>{part}</li>
        ))}
      </ul>
    );
  }
  if (value === '') return <span className="skjema-summary-empty">{emptyText ?? noAnswer}</span>;
  return <span>{value}</span>;
}
