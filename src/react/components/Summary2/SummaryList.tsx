import { Button, Heading } from '@digdir/designsystemet-react';
import { useCallback, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { PageNode } from '../../../core/tree/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface SummaryOptions {
  hideEmptyFields?: boolean;
  hideChangeButton?: boolean;
  compact?: boolean;
  /** Component ids (base or indexed) to leave out (Summary's `excludedChildren`). */
  excluded?: readonly string[];
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

function useCategoryOf(): (node: FormNode) => string | undefined {
  const { registry } = useFormContext();
  return (node) => registry.get(node.type)?.category;
}

function entriesOf(
  nodes: readonly FormNode[],
  category: (node: FormNode) => string | undefined,
  options: SummaryOptions,
): Entry[] {
  const entries: Entry[] = [];
  for (const node of nodes) {
    if (node.isHidden() || options.excluded?.includes(node.baseId) || options.excluded?.includes(node.id)) continue;
    const kind = category(node);
    if (kind === 'form' && node.displayValue() !== null) {
      const shown =
        !options.hideEmptyFields ||
        (node.displayValue() ?? '') !== '' ||
        node.evaluate('forceShowInSummary', 'boolean', false) === true;
      if (shown) entries.push({ kind: 'field', node });
    } else if ((kind === 'container' || node.rows !== undefined) && groupHasContent(node, category, options)) {
      entries.push({ kind: 'group', node });
    }
  }
  return entries;
}

/** Whether a container holds any visible field to summarise (empty groups are left out). */
function groupHasContent(
  node: FormNode,
  category: (node: FormNode) => string | undefined,
  options: SummaryOptions,
): boolean {
  if (entriesOf(node.children, category, options).length > 0) return true;
  return (node.rows ?? []).some((row) => !row.isHidden() && entriesOf(row.children, category, options).length > 0);
}

/** The visible form fields among `nodes` as title/value pairs; containers become sub-sections. */
export function SummaryList({
  nodes,
  options,
  level = 2,
}: {
  nodes: readonly FormNode[];
  options: SummaryOptions;
  /** Heading level of the groups in the list. */
  level?: HeadingLevel;
}) {
  const category = useCategoryOf();
  const entries = entriesOf(nodes, category, options);
  const blocks: ReactNode[] = [];
  let fields: FormNode[] = [];
  const flush = () => {
    if (fields.length === 0) return;
    blocks.push(
      <dl key={`fields-${fields[0].id}`} className="skjema-summary-fields">
        {fields.map((node) => (
          <SummaryField key={node.id} node={node} options={options} />
        ))}
      </dl>,
    );
    fields = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'field') {
      fields.push(entry.node);
      continue;
    }
    flush();
    blocks.push(<SummaryGroup key={entry.node.id} node={entry.node} options={options} level={level} />);
  }
  flush();
  return <>{blocks}</>;
}

function SummaryField({ node, options }: { node: FormNode; options: SummaryOptions }) {
  const { focusNode } = useFormContext();
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const plainTitle = useNodeText(node, 'title');
  const title = summaryTitle ?? plainTitle;
  const noAnswer = useText('summary.no_answer');
  const change = useText('summary.change');
  const changeLabel = useText('summary.change_field', { params: [title ?? node.baseId] });
  const value = node.displayValue() ?? '';
  return (
    <div className={`skjema-summary-field${options.compact ? ' skjema-summary-field--compact' : ''}`}>
      <dt className="skjema-summary-title">{title !== undefined ? <Markdown text={title} inline /> : node.baseId}</dt>
      <dd className="skjema-summary-value">
        <span className={value === '' ? 'skjema-summary-empty' : undefined}>{value === '' ? noAnswer : value}</span>
        {!options.hideChangeButton && (
          <Button
            variant="tertiary"
            data-size="sm"
            aria-label={changeLabel}
            onClick={() => focusNode(node.id, node.page)}
          >
            {change}
          </Button>
        )}
      </dd>
    </div>
  );
}

function SummaryGroup({ node, options, level }: { node: FormNode; options: SummaryOptions; level: HeadingLevel }) {
  const inner = Math.min(level + 1, 6) as HeadingLevel;
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const plainTitle = useNodeText(node, 'title');
  const title = summaryTitle ?? plainTitle;
  const rows = node.rows?.filter((row) => !row.isHidden());
  return (
    <section className="skjema-summary-group">
      {title !== undefined && (
        <Heading level={level} data-size="2xs">
          <Markdown text={title} inline />
        </Heading>
      )}
      {node.children.length > 0 && <SummaryList nodes={node.children} options={options} level={inner} />}
      {rows?.map((row) => (
        <div key={row.key} className="skjema-summary-row">
          {node.type === 'RepeatingGroup' && <RowTitle index={row.index} />}
          <SummaryList nodes={row.children} options={options} level={inner} />
        </div>
      ))}
    </section>
  );
}

function RowTitle({ index }: { index: number }) {
  return <p className="skjema-summary-row-title">{useText('summary.row', { params: [index + 1] })}</p>;
}

/** One page of a summary: the page name as heading, then its fields; nothing for a page without fields. */
export function SummaryPage({ page, options }: { page: PageNode; options: SummaryOptions }) {
  const category = useCategoryOf();
  const name = useText(page.key);
  if (entriesOf(page.children, category, options).length === 0) return null;
  return (
    <section className="skjema-summary-page">
      <Heading level={2} data-size="xs">
        {name}
      </Heading>
      <SummaryList nodes={page.children} options={options} level={3} />
    </section>
  );
}
