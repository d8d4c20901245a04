import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import type { CSSProperties, ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderNode } from '../../render/RenderNode.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { useHelpText } from '../shared/useHelp.tsx';
import { cellOptions, clampStyle, columnStyle, type GridCell, type GridRow } from './gridConfig.ts';

interface GridTableProps {
  /** The component that owns the rows (a Grid, or a RepeatingGroup for `rowsBefore`/`rowsAfter`). */
  owner: FormNode;
  rows: readonly GridRow[];
  /** Where the rows are written in the owner (`rows`, `rowsBefore`), for per-cell `hidden` expressions. */
  property: string;
  /** Accessible name of the scroll region on narrow screens. */
  label?: string;
  caption?: ReactNode;
}

/**
 * Grid rows as a table: header rows go in `<thead>` with `<th>` cells, so the column headings name
 * the fields below them; the fields keep their own labels for screen readers (visually hidden).
 */
export function GridTable({ owner, rows, property, label, caption }: GridTableProps) {
  const headerRows = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.header === true);
  const bodyRows = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.header !== true);
  return (
    <ScrollRegion label={label}>
      <Table className="skjema-grid" data-size="sm" border>
        {caption && <caption>{caption}</caption>}
        {headerRows.length > 0 && (
          <TableHead>
            {headerRows.map(({ row, index }) => (
              <GridTableRow key={index} owner={owner} row={row} at={`${property}.${index}`} header />
            ))}
          </TableHead>
        )}
        <TableBody>
          {bodyRows.map(({ row, index }) => (
            <GridTableRow key={index} owner={owner} row={row} at={`${property}.${index}`} header={false} />
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function GridTableRow({ owner, row, at, header }: { owner: FormNode; row: GridRow; at: string; header: boolean }) {
  return (
    <TableRow className={row.readOnly ? 'skjema-grid-readonly' : undefined}>
      {row.cells.map((cell, index) => (
        <GridTableCell key={index} owner={owner} row={row} cell={cell} at={`${at}.cells.${index}`} header={header} />
      ))}
    </TableRow>
  );
}

interface CellProps {
  owner: FormNode;
  row: GridRow;
  cell: GridCell;
  at: string;
  header: boolean;
}

function GridTableCell({ owner, row, cell, at, header }: CellProps) {
  const options = cellOptions(row, cell);
  const hidden = cell !== null && owner.evaluate(`${at}.hidden`, 'boolean', false) === true;
  const Cell = header ? TableHeaderCell : TableCell;
  const clamp = clampStyle(options);
  const content = hidden ? null : <CellContent owner={owner} cell={cell} clamp={clamp} />;
  const isComponent = cell !== null && 'component' in cell;
  // A shown text cell clamps its own text, so that its help text opens outside the clamp.
  const clampsItself = !hidden && cell !== null && 'text' in cell;
  return (
    <Cell
      style={columnStyle(options)}
      className={isComponent ? 'skjema-grid-component' : undefined}
      scope={header ? 'col' : undefined}
    >
      {isComponent || clampsItself ? content : <span style={clamp}>{content}</span>}
    </Cell>
  );
}

function CellContent({ owner, cell, clamp }: { owner: FormNode; cell: GridCell; clamp: CSSProperties | undefined }) {
  if (cell === null) return null;
  if ('component' in cell) {
    const node = childNamed(owner, cell.component);
    return node ? <RenderNode node={node} /> : null;
  }
  if ('labelFrom' in cell) {
    const node = childNamed(owner, cell.labelFrom);
    return node ? <LabelOf node={node} /> : null;
  }
  return <TextCell text={cell.text} help={cell.help} clamp={clamp} />;
}

// For Markdown: values in the texts stay text.
const MARKED = { markValues: true };

/** A text cell; its `help` opens under the text from a button beside it. */
function TextCell({ text, help, clamp }: { text: string; help: unknown; clamp: CSSProperties | undefined }) {
  const resolved = useText(text, MARKED) ?? text;
  const helpText = useText(typeof help === 'string' && help !== '' ? help : undefined, MARKED);
  const parts = useHelpText(helpText, resolved);
  if (!parts.button) {
    return (
      <span style={clamp}>
        <Markdown text={resolved} inline />
      </span>
    );
  }
  return (
    <>
      <span className="skjema-heading-row">
        <span style={clamp}>
          <Markdown text={resolved} inline />
        </span>
        {parts.button}
      </span>
      {parts.text}
    </>
  );
}

function LabelOf({ node }: { node: FormNode }) {
  const title = useNodeText(node, 'title');
  return title ? <Markdown text={title} inline /> : null;
}

/** Cells name the owner's static children by their layout id; inside a row the tree has indexed them. */
function childNamed(owner: FormNode, baseId: string): FormNode | undefined {
  for (const child of owner.children) {
    if (child.baseId === baseId) return child;
  }
  return undefined;
}
