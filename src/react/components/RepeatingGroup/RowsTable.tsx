import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { memo, type ReactNode } from 'react';
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
  /**
   * Everything `actions(row)` depends on besides the row, as one string: a row whose key is
   * unchanged is not rendered again when the group renders (opening a row, a keystroke in it).
   */
  actionsKey(row: RowNode): string;
  /** The expanded editor under a row, when that row is open. */
  expanded(row: RowNode): ReactNode;
}

/** The rows as an accessible table: one column per field, with the row buttons last. */
export function RowsTable({
  columns,
  rows,
  config,
  label,
  labelledBy,
  hasActions,
  actions,
  actionsKey,
  expanded,
}: RowsTableProps) {
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
              <RowCells
                key={row.key}
                row={row}
                rowIndex={row.index}
                columns={columns}
                columnsKey={columns.join('\u0000')}
                config={config}
                hasActions={hasActions}
                actions={actions}
                actionsKey={hasActions ? actionsKey(row) : ''}
              />,
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

interface RowCellsProps {
  row: RowNode;
  /** The row's index, which its buttons' labels and its children's ids follow. */
  rowIndex: number;
  columns: readonly string[];
  columnsKey: string;
  config: RepeatingGroupConfig;
  hasActions: boolean;
  actions(row: RowNode): ReactNode;
  actionsKey: string;
}

/**
 * One table row. Its cells follow their nodes and data by themselves, so the row renders again
 * only when what it is given changes: a group of a thousand rows renders one row, not all, when a
 * row opens or a key is typed.
 */
const RowCells = memo(
  function RowCells({ row, columns, config, hasActions, actions }: RowCellsProps) {
    return (
      <TableRow data-row-key={row.key}>
        {columns.map((column) => (
          <Cell key={column} node={rowChild(row.children, column)} config={config} column={column} />
        ))}
        {hasActions && (
          <TableCell>
            <div className={`skjema-row-actions skjema-row-actions-${config.buttonLayout}`}>{actions(row)}</div>
          </TableCell>
        )}
      </TableRow>
    );
  },
  (before, after) =>
    before.row === after.row &&
    before.rowIndex === after.rowIndex &&
    before.columnsKey === after.columnsKey &&
    before.config.tableColumns === after.config.tableColumns &&
    before.config.buttonLayout === after.config.buttonLayout &&
    before.hasActions === after.hasActions &&
    before.actionsKey === after.actionsKey,
);

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
