import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import type { ItemEntry } from './itemFields.ts';
import { entryText, type ValueWords } from './rowText.ts';
import { plainText } from '../../../core/texts/textValues.ts';

interface ItemRowsTableProps {
  rows: readonly unknown[];
  entries: readonly ItemEntry[];
  /** Shown as the table's caption. */
  caption?: string;
  /** Names the table (and its scroll region) when there is no caption to do it. */
  label: string | undefined;
  /** The row's buttons, in a last column; none in a summary. */
  actions?(row: unknown, index: number): ReactNode;
}

/** One line per row, one column per top-level field; a nested object is one column of its values. */
export function ItemRowsTable({ rows, entries, caption, label, actions }: ItemRowsTableProps) {
  const texts = useTextResolver();
  const words = useValueWords();
  return (
    <ScrollRegion label={caption ?? label}>
      <Table data-size="sm" aria-label={caption ? undefined : plainText(label)}>
        {caption && (
          <caption>
            <Markdown text={caption} inline />
          </caption>
        )}
        <TableHead>
          <TableRow>
            {entries.map((entry) => (
              <TableHeaderCell key={entry.key}>{entry.label}</TableHeaderCell>
            ))}
            {actions && <TableHeaderCell>{texts.resolve('general.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={rowKeyOf(row, index)}>
              {entries.map((entry) => (
                <TableCell key={entry.key}>{entryText(entry, row, words)}</TableCell>
              ))}
              {actions && (
                <TableCell>
                  <div className="skjema-button-row">{actions(row, index)}</div>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

export function useValueWords(): ValueWords {
  const texts = useTextResolver();
  return { yes: texts.resolve('general.yes'), no: texts.resolve('general.no') };
}

/** The key `removeRow` finds a row by: its `altinnRowId`, else its place. */
export function rowKeyOf(row: unknown, index: number): string {
  const id = row !== null && typeof row === 'object' ? (row as { altinnRowId?: unknown }).altinnRowId : undefined;
  return typeof id === 'string' ? id : `#${index}`;
}
