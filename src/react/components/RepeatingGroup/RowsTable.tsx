import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { RowNode } from '../../../core/tree/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderNode } from '../../render/RenderNode.tsx';
import { clampStyle, columnStyle } from '../Grid/gridConfig.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { CellValue } from './CellValue.tsx';
import { rowChild, type RepeatingGroupConfig } from './config.ts';

interface RowsTableProps {
  columns: readonly string[];
  /** Rows on the current table page. */
  rows: readonly RowNode[];
  config: RepeatingGroupConfig;
  label?: string;
  labelledBy?: string;
  /** Whether the last column holds row buttons. */
  hasActions: boolean;
  actions(row: RowNode): ReactNode;
  /** The expanded editor under a row, when that row is open. */
  expanded(row: RowNode): ReactNode;
}

/** The rows as an accessible table: one column per field, with the row buttons last. */
export function RowsTable({ columns, rows, config, label, labelledBy, hasActions, actions, expanded }: RowsTableProps) {
  const actionsHeader = useText('group.row_actions');
  const first = rows[0];
  const span = columns.length + (hasActions ? 1 : 0);
  return (
    <ScrollRegion label={label} className="skjema-rows-region">
      <Table
        className="skjema-rows-table"
        data-size="sm"
        stickyHeader={config.stickyHeader}
        aria-labelledby={labelledBy}
      >
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column} scope="col" style={columnStyle(config.tableColumns[column] ?? {})}>
                {first && <ColumnTitle node={rowChild(first.children, column)} />}
              </TableHeaderCell>
            ))}
            {hasActions && (
              <TableHeaderCell scope="col">
                <span className="ds-sr-only">{actionsHeader}</span>
              </TableHeaderCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const editor = expanded(row);
            return [
              <TableRow key={row.key} data-row-key={row.key}>
                {columns.map((column) => (
                  <Cell key={column} node={rowChild(row.children, column)} config={config} column={column} />
                ))}
                {hasActions && (
                  <TableCell>
                    <div className={`skjema-row-actions skjema-row-actions-${config.buttonLayout}`}>{actions(row)}</div>
                  </TableCell>
                )}
              </TableRow>,
              editor ? (
                <TableRow key={`${row.key}-editor`} className="skjema-row-expanded">
                  <TableCell colSpan={span}>{editor}</TableCell>
                </TableRow>
              ) : null,
            ];
          })}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function ColumnTitle({ node }: { node: FormNode | undefined }) {
  return node ? <NodeTitle node={node} /> : null;
}

function NodeTitle({ node }: { node: FormNode }) {
  const tableTitle = useNodeText(node, 'tableTitle');
  const title = useNodeText(node, 'title');
  const text = tableTitle ?? title;
  return text ? <Markdown text={text} inline /> : null;
}

function Cell({ node, config, column }: { node: FormNode | undefined; config: RepeatingGroupConfig; column: string }) {
  const settings = config.tableColumns[column] ?? {};
  if (!node) return <TableCell />;
  if (settings.editInTable) {
    return (
      <TableCell className="skjema-grid-component" style={columnStyle(settings)}>
        <RenderNode node={node} />
      </TableCell>
    );
  }
  return (
    <TableCell style={columnStyle(settings)}>
      <span style={clampStyle(settings)}>
        <CellValue node={node} />
      </span>
    </TableCell>
  );
}
