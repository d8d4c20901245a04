import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import type { FormNode } from '../../../core/form/index.ts';
import { useText } from '../../i18n/useTexts.ts';
import { cellOptions, gridRowsOf, type GridCell, type GridRow } from '../Grid/gridConfig.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { ChangeButton, useChangeLabel, useSummaryTitle } from './ChangeButton.tsx';
import { cellComponent, gridChild, isEmptyGridRow } from './gridRows.ts';
import { NO_OVERRIDES, overrideFor } from './overrides.ts';
import { SummaryErrors } from './SummaryErrors.tsx';
import type { SummaryOptions } from './SummaryList.tsx';
import { SummaryValue } from './SummaryValue.tsx';
import { isChangeable, useDefinitionOf } from './useDefinitionOf.ts';

interface PlacedRow {
  row: GridRow;
  /** The row's place in `rows`, for its cells' `hidden` expressions. */
  index: number;
}

/**
 * A Grid in a summary keeps its table: header rows as column headings, text cells as text and
 * component cells as the component's value (with its change button and errors). Header rows
 * before the first body row make the table head; later ones stay where they are, as rows of
 * column headings, so the table reads in the order the layout gives.
 */
export function SummaryGrid({
  grid,
  options,
  label,
}: {
  grid: FormNode;
  options: SummaryOptions;
  /** Names the table's scroll region on narrow screens. */
  label: string | undefined;
}) {
  const hideEmptyRows = overrideFor(grid, options.overrides ?? NO_OVERRIDES).hideEmptyRows === true;
  const rows: PlacedRow[] = gridRowsOf(grid.component.rows)
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !(hideEmptyRows && isEmptyGridRow(grid, row)));
  const firstBody = rows.findIndex(({ row }) => row.header !== true);
  const headCount = firstBody === -1 ? rows.length : firstBody;
  const renderRow = ({ row, index }: PlacedRow) => (
    <TableRow key={index}>
      {row.cells.map((cell, column) => (
        <SummaryGridCell
          key={column}
          grid={grid}
          row={row}
          cell={cell}
          at={`rows.${index}.cells.${column}`}
          options={options}
        />
      ))}
    </TableRow>
  );
  return (
    <ScrollRegion label={label}>
      <Table data-size="sm" border className="skjema-summary-table skjema-summary-grid">
        {headCount > 0 && <TableHead>{rows.slice(0, headCount).map(renderRow)}</TableHead>}
        {headCount < rows.length && <TableBody>{rows.slice(headCount).map(renderRow)}</TableBody>}
      </Table>
    </ScrollRegion>
  );
}

function SummaryGridCell({
  grid,
  row,
  cell,
  at,
  options,
}: {
  grid: FormNode;
  row: GridRow;
  cell: GridCell;
  at: string;
  options: SummaryOptions;
}) {
  const header = row.header === true;
  const Cell = header ? TableHeaderCell : TableCell;
  const align = cellOptions(row, cell).alignText;
  const hidden = cell !== null && grid.evaluate(`${at}.hidden`, 'boolean', false) === true;
  return (
    <Cell scope={header ? 'col' : undefined} className={align ? `skjema-summary-cell--${align}` : undefined}>
      {!hidden && <CellContent grid={grid} cell={cell} options={options} />}
    </Cell>
  );
}

function CellContent({ grid, cell, options }: { grid: FormNode; cell: GridCell; options: SummaryOptions }) {
  if (cell === null || typeof cell !== 'object') return null;
  const componentId = cellComponent(cell);
  if (componentId !== undefined) {
    const node = gridChild(grid, componentId);
    return node ? <ComponentCell node={node} options={options} /> : null;
  }
  if ('labelFrom' in cell && typeof cell.labelFrom === 'string') {
    const node = gridChild(grid, cell.labelFrom);
    return node ? <LabelOf node={node} /> : null;
  }
  if ('text' in cell && typeof cell.text === 'string') return <TextOf text={cell.text} />;
  return null;
}

// For Markdown: values in the text stay text.
const MARKED = { markValues: true };

function TextOf({ text }: { text: string }) {
  const resolved = useText(text, MARKED) ?? text;
  return <Markdown text={resolved} inline />;
}

function LabelOf({ node }: { node: FormNode }) {
  const title = useSummaryTitle(node);
  return title !== undefined ? <Markdown text={title} inline /> : null;
}

/**
 * A component's value in its cell. Components without a value (buttons, images, paragraphs)
 * leave the cell empty: in a summary there is nothing of theirs to report.
 */
function ComponentCell({ node, options }: { node: FormNode; options: SummaryOptions }) {
  const definition = useDefinitionOf()(node);
  const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
  const label = useChangeLabel(node);
  const excluded = options.excluded?.includes(node.baseId) || options.excluded?.includes(node.id);
  if (node.isHidden() || excluded || override.hidden) return null;
  if (!definition?.summary && node.displayValue() === null) return null;
  return (
    <div className="skjema-summary-cell">
      <SummaryValue node={node} override={override} />
      {!options.hideChangeButton && isChangeable(definition) && (
        <ChangeButton node={node} options={options} label={label} />
      )}
      {!options.hideValidationMessages && <SummaryErrors node={node} />}
    </div>
  );
}
