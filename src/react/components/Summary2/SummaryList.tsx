import {
  Details,
  DetailsContent,
  DetailsSummary,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useCallback, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { FormTree, PageNode, RowNode } from '../../../core/tree/types.ts';
import { useFormContext, type SummaryReturn } from '../../context/FormContext.ts';
import { useText } from '../../i18n/useTexts.ts';
import { gridAttributes, usesColumns } from '../../responsiveGrid/gridAttributes.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { ChangeButton, useChangeLabel, useSummaryTitle, useUntitledName } from './ChangeButton.tsx';
import { emptyGridRowComponents } from './gridRows.ts';
import { NO_OVERRIDES, overrideFor, type SummaryOverrides } from './overrides.ts';
import { SummaryErrors } from './SummaryErrors.tsx';
import { SummaryGrid } from './SummaryGrid.tsx';
import { SummaryValue } from './SummaryValue.tsx';
import { isChangeable, useDefinitionOf, type DefinitionOf } from './useDefinitionOf.ts';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface SummaryOptions {
  /** The summary component: its page and id, for the way back after a change button. */
  origin?: Omit<SummaryReturn, 'focusId'> & { summaryId: string };
  hideEmptyFields?: boolean;
  hideChangeButton?: boolean;
  compact?: boolean;
  /** Component ids (base or indexed) to leave out (Summary's `excludedChildren`). */
  excluded?: readonly string[];
  overrides?: SummaryOverrides;
  hideValidationMessages?: boolean;
  /**
   * Summary (v1) without `largeGroup`: repeating-group rows as compact title/value lines with one
   * change button for the group, instead of every row in full.
   */
  smallGroups?: boolean;
  /**
   * Summary (v1) `display.useComponentGrid`: each field's line takes the field's own `grid`, its
   * width and its label/input split, as in the form.
   */
  componentGrid?: boolean;
}

/** Re-renders on any change in the tree or the data: a summary shows values from all over the form. */
export function useFormVersion(): number {
  const { engine } = useFormContext();
  const version = useRef(0);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const bump = () => {
        version.current += 1;
        onChange();
      };
      const offTree = engine.subscribe(bump);
      const offData = engine.data.subscribe(bump);
      return () => {
        offTree();
        offData();
      };
    },
    [engine],
  );
  const read = useCallback(() => version.current, []);
  return useSyncExternalStore(subscribe, read, read);
}

type Entry = { kind: 'field'; node: FormNode } | { kind: 'group'; node: FormNode };

/** The options for a container's children: a Grid's `hideEmptyRows` override leaves out its empty rows. */
function childOptions(node: FormNode, options: SummaryOptions): SummaryOptions {
  const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
  if (!override.hideEmptyRows) return options;
  const empty = emptyGridRowComponents(node);
  return empty.length === 0 ? options : { ...options, excluded: [...(options.excluded ?? []), ...empty] };
}

function entriesOf(nodes: readonly FormNode[], definitionOf: DefinitionOf, options: SummaryOptions): Entry[] {
  const entries: Entry[] = [];
  for (const node of nodes) {
    if (node.isHidden() || options.excluded?.includes(node.baseId) || options.excluded?.includes(node.id)) continue;
    const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
    if (override.hidden) continue;
    const definition = definitionOf(node);
    const kind = definition?.category;
    // A type with its own summary decides itself what an empty one looks like.
    if (definition?.summary) {
      entries.push({ kind: 'field', node });
    } else if (kind === 'form' && node.displayValue() !== null) {
      const shown =
        !options.hideEmptyFields ||
        (node.displayValue() ?? '') !== '' ||
        override.forceShow === true ||
        node.evaluate('forceShowInSummary', 'boolean', false) === true;
      if (shown) entries.push({ kind: 'field', node });
    } else if ((kind === 'container' || node.rows !== undefined) && groupHasContent(node, definitionOf, options)) {
      entries.push({ kind: 'group', node });
    }
  }
  return entries;
}

/** Whether a summary of `nodes` shows anything: it draws nothing, not even its rule, when it does not. */
export function summarisesAnything(
  nodes: readonly FormNode[],
  definitionOf: DefinitionOf,
  options: SummaryOptions,
): boolean {
  return entriesOf(nodes, definitionOf, options).length > 0;
}

/** Whether a container holds any visible field to summarise (empty groups are left out). */
function groupHasContent(node: FormNode, definitionOf: DefinitionOf, options: SummaryOptions): boolean {
  const inner = childOptions(node, options);
  if (entriesOf(node.children, definitionOf, inner).length > 0) return true;
  return (node.rows ?? []).some((row) => !row.isHidden() && entriesOf(row.children, definitionOf, inner).length > 0);
}

/** The visible form fields among `nodes` as title/value pairs; containers become sub-sections. */
export function SummaryList({
  nodes,
  options,
  level = 2,
  closed = false,
}: {
  nodes: readonly FormNode[];
  options: SummaryOptions;
  /** Heading level of the groups in the list. */
  level?: HeadingLevel;
  /**
   * The list ends where its container draws a rule of its own (Summary's bottom border): its last
   * line leaves out its rule, so the two do not show as a double line.
   */
  closed?: boolean;
}) {
  const definitionOf = useDefinitionOf();
  const entries = entriesOf(nodes, definitionOf, options);
  const blocks: ReactNode[] = [];
  let fields: FormNode[] = [];
  const flush = (last: boolean) => {
    if (fields.length === 0) return;
    blocks.push(
      <dl key={`fields-${fields[0].id}`} className={fieldsClass(fields, options)}>
        {fields.map((node, index) => (
          <SummaryField key={node.id} node={node} options={options} last={last && index === fields.length - 1} />
        ))}
      </dl>,
    );
    fields = [];
  };
  entries.forEach((entry, index) => {
    const last = closed && index === entries.length - 1;
    if (entry.kind === 'field') {
      fields.push(entry.node);
      if (last) flush(true);
      return;
    }
    flush(false);
    blocks.push(<SummaryGroup key={entry.node.id} node={entry.node} options={options} level={level} closed={last} />);
  });
  flush(false);
  return <>{blocks}</>;
}

/**
 * The nodes a summary names by id: the node itself, or, for a component inside a repeating group
 * named by its plain id, that component in every row.
 */
export function nodesNamed(tree: FormTree, id: string): FormNode[] {
  const node = tree.node(id);
  if (node) return [node];
  const found: FormNode[] = [];
  const visit = (nodes: readonly FormNode[]) => {
    for (const candidate of nodes) {
      if (candidate.baseId === id) {
        found.push(candidate);
        continue;
      }
      visit(candidate.children);
      for (const row of candidate.rows ?? []) visit(row.children);
    }
  };
  for (const page of tree.pages) visit(page.children);
  return found;
}

/** Lines in columns when they follow their components' `grid` and one of them is narrower than the row. */
function fieldsClass(fields: readonly FormNode[], options: SummaryOptions): string {
  const columns = options.componentGrid === true && usesColumns(fields.map((node) => node.component));
  return columns ? 'skjema-summary-fields skjema-columns' : 'skjema-summary-fields';
}

function SummaryField({ node, options, last }: { node: FormNode; options: SummaryOptions; last: boolean }) {
  const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
  const title = useSummaryTitle(node);
  const untitled = useUntitledName(node);
  const label = useChangeLabel(node);
  const changeable = isChangeable(useDefinitionOf()(node));
  const compact = override.isCompact ?? options.compact;
  const grid = options.componentGrid ? gridAttributes(node.component.grid, true) : undefined;
  return (
    <div
      className={`skjema-summary-field${compact ? ' skjema-summary-field--compact' : ''}${last ? ' skjema-summary-field--closed' : ''}${grid?.className ?? ''}`}
      style={grid?.style}
    >
      <dt className="skjema-summary-title">
        {title !== undefined ? (
          <Markdown text={title} inline />
        ) : (
          // No title shows none (never the component id); another name the layout gives is read aloud.
          untitled !== undefined && <span className="skjema-visually-hidden">{untitled}</span>
        )}
      </dt>
      <dd className="skjema-summary-value">
        <SummaryValue node={node} override={override} />
        {!options.hideChangeButton && changeable && <ChangeButton node={node} options={options} label={label} />}
        {!options.hideValidationMessages && <SummaryErrors node={node} />}
      </dd>
    </div>
  );
}

function SummaryGroup({
  node,
  options,
  level,
  closed,
}: {
  node: FormNode;
  options: SummaryOptions;
  level: HeadingLevel;
  /** The group is the last thing before its container's own rule (see `SummaryList`). */
  closed: boolean;
}) {
  const inner = Math.min(level + 1, 6) as HeadingLevel;
  const title = useSummaryTitle(node);
  const changeLabel = useChangeLabel(node);
  const innerOptions = childOptions(node, options);
  const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
  const rows = node.rows?.filter((row) => !row.isHidden());
  const repeating = node.type === 'RepeatingGroup';
  const small = repeating && options.smallGroups === true;
  const rowOptions = small ? { ...innerOptions, compact: true, hideChangeButton: true } : innerOptions;
  return (
    <section className="skjema-summary-group">
      {title !== undefined && (
        <div className="skjema-summary-group-header">
          <Heading level={level} data-size="2xs">
            <Markdown text={title} inline />
          </Heading>
          {small && !options.hideChangeButton && <ChangeButton node={node} options={options} label={changeLabel} />}
        </div>
      )}
      {node.type === 'Grid' ? (
        <SummaryGrid grid={node} options={innerOptions} label={title} />
      ) : (
        node.children.length > 0 && (
          <SummaryList
            nodes={node.children}
            options={innerOptions}
            level={inner}
            closed={closed && (rows === undefined || rows.length === 0)}
          />
        )
      )}
      {repeating && override.display === 'table' && rows ? (
        <SummaryTable group={node} rows={rows} options={innerOptions} title={title} />
      ) : (
        rows?.map((row, index) => (
          <div key={row.key} className="skjema-summary-row">
            {repeating && <RowTitle index={row.index} />}
            <SummaryList
              nodes={row.children}
              options={rowOptions}
              level={inner}
              closed={closed && index === rows.length - 1}
            />
          </div>
        ))
      )}
    </section>
  );
}

function RowTitle({ index }: { index: number }) {
  return <p className="skjema-summary-row-title">{useText('summary.row', { params: [index + 1] })}</p>;
}

/** A repeating group's rows as a table (override `display: "table"`): one column per field. */
function SummaryTable({
  group,
  rows,
  options,
  title,
}: {
  group: FormNode;
  rows: readonly RowNode[];
  options: SummaryOptions;
  title: string | undefined;
}) {
  const definitionOf = useDefinitionOf();
  const headers = (group.component as { tableHeaders?: unknown }).tableHeaders;
  const rowEntries = rows.map((row) => ({
    row,
    fields: entriesOf(row.children, definitionOf, options)
      .filter((entry) => entry.kind === 'field')
      .map((entry) => entry.node),
  }));
  // Columns follow the group's `tableHeaders`, else every field that shows in some row.
  const columns: FormNode[] = [];
  for (const { fields } of rowEntries) {
    for (const field of fields) {
      if (Array.isArray(headers) && !headers.includes(field.baseId)) continue;
      if (!columns.some((column) => column.baseId === field.baseId)) columns.push(field);
    }
  }
  const actions = useText('general.actions');
  return (
    <ScrollRegion label={title}>
      <Table data-size="sm" className="skjema-summary-table">
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.baseId}>
                <ColumnTitle node={column} />
              </TableHeaderCell>
            ))}
            {!options.hideChangeButton && <TableHeaderCell>{actions}</TableHeaderCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rowEntries.map(({ row, fields }) => (
            <TableRow key={row.key}>
              {columns.map((column) => {
                const cell = fields.find((field) => field.baseId === column.baseId);
                return (
                  <TableCell key={column.baseId}>{cell ? <CellText node={cell} options={options} /> : ''}</TableCell>
                );
              })}
              {!options.hideChangeButton && (
                <TableCell>
                  {fields[0] && <RowChangeButton node={fields[0]} index={row.index} options={options} />}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  );
}

function ColumnTitle({ node }: { node: FormNode }) {
  const title = useSummaryTitle(node);
  const untitled = useUntitledName(node);
  if (title !== undefined) return <Markdown text={title} inline />;
  return untitled !== undefined ? <span className="skjema-visually-hidden">{untitled}</span> : null;
}

function CellText({ node, options }: { node: FormNode; options: SummaryOptions }) {
  const override = overrideFor(node, options.overrides ?? NO_OVERRIDES);
  const emptyText = useText(override.emptyFieldText);
  const OwnSummary = useDefinitionOf()(node)?.summary;
  const value = node.displayValue() ?? '';
  if (OwnSummary) return <OwnSummary node={node} override={override} />;
  return <>{value === '' ? (emptyText ?? '') : value}</>;
}

function RowChangeButton({ node, index, options }: { node: FormNode; index: number; options: SummaryOptions }) {
  const row = useText('summary.row', { params: [index + 1] });
  return <ChangeButton node={node} options={options} label={row ?? String(index + 1)} />;
}

/**
 * One page of a summary: the page name as heading, then its fields; nothing for a page without
 * fields. In an accordion the page is a Details section the user opens.
 */
export function SummaryPage({
  page,
  options,
  accordion = false,
  closed = false,
}: {
  page: PageNode;
  options: SummaryOptions;
  accordion?: boolean;
  /** The page ends where its container draws a rule of its own (see `SummaryList`). */
  closed?: boolean;
}) {
  const definitionOf = useDefinitionOf();
  const name = useText(page.key);
  if (options.overrides?.hiddenPages.has(page.key)) return null;
  if (entriesOf(page.children, definitionOf, options).length === 0) return null;
  if (accordion) {
    return (
      <Details className="skjema-summary-page-details">
        <DetailsSummary>
          <Heading level={2} data-size="xs" className="skjema-summary-page-details-heading">
            {name}
          </Heading>
        </DetailsSummary>
        <DetailsContent>
          <div className="skjema-summary-page">
            <SummaryList nodes={page.children} options={options} level={3} />
          </div>
        </DetailsContent>
      </Details>
    );
  }
  return (
    <section className="skjema-summary-page">
      <Heading level={2} data-size="xs">
        {name}
      </Heading>
      <SummaryList nodes={page.children} options={options} level={3} closed={closed} />
    </section>
  );
}
