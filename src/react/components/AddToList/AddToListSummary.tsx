import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import type { SkjemaSummaryProps } from '../../registry/types.ts';
import { ItemRowsTable, rowKeyOf, useValueWords } from './ItemRowsTable.tsx';
import { entryText } from './rowText.ts';
import { useAddToListTitle } from './useAddToListTitle.ts';
import { useItemEntries } from './useItemEntries.ts';
import { useItemRows } from './useItemRows.ts';
import { plainText } from '../../../core/texts/textValues.ts';

/**
 * The added rows in a summary: a table of their fields, or with `isCompact` one line per row. The
 * table is named by `summaryAccessibleTitle`, else the title the summary shows above it.
 */
export function AddToListSummary({ node, override }: SkjemaSummaryProps) {
  const rows = useItemRows(node);
  const entries = useItemEntries(node);
  const words = useValueWords();
  const title = useAddToListTitle(node);
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const accessibleTitle = useNodeText(node, 'summaryAccessibleTitle');
  const noAnswer = useText('summary.no_answer');
  const emptyText = useText(override.emptyFieldText);
  if (rows.length === 0) return <span className="skjema-summary-empty">{emptyText ?? noAnswer}</span>;
  const label = plainText(accessibleTitle ?? summaryTitle ?? title);
  if (override.isCompact) {
    return (
      <ul className="skjema-summary-list" aria-label={label}>
        {rows.map((row, index) => (
          <li key={rowKeyOf(row, index)}>
            {entries
              .map((entry) => entryText(entry, row, words))
              .filter((text) => text !== '')
              .join(' – ')}
          </li>
        ))}
      </ul>
    );
  }
  return <ItemRowsTable rows={rows} entries={entries} label={label} />;
}
