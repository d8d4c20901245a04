import { Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useOptions } from '../../hooks/useOptions.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { useVisibleRows } from '../RepeatingGroup/useVisibleRows.ts';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { useMediaQuery } from '../shared/useMediaQuery.ts';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { LikertTable } from './LikertTable.tsx';

const NARROW = '(max-width: 40rem)';

/**
 * Questions from the `questions` array, answered on one scale: a table of radios on wide screens,
 * one radio group per question on narrow ones. Rows outside `filter` are left out by the tree.
 */
export function Likert({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const leftColumnHeader = useNodeText(node, 'leftColumnHeader', { plain: true });
  const defaultLeft = useText('likert.left_column_default_header_text') ?? '';
  const rows = useVisibleRows(node);
  const firstItem = node.rows?.[0]?.children[0];
  const narrow = useMediaQuery(NARROW);
  const titleId = `${node.id}-title`;
  return (
    <div id={node.id} className="skjema-likert" role="group" aria-labelledby={title ? titleId : undefined}>
      {title && (
        <Heading id={titleId} {...sectionHeadingProps(node)}>
          <Markdown text={title} inline />
        </Heading>
      )}
      {description && (
        <Paragraph data-size="sm" asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      {narrow || !firstItem ? (
        <RenderChildren nodes={rows.flatMap((row) => row.children)} />
      ) : (
        <LikertOptionsTable
          node={node}
          item={firstItem}
          rows={rows}
          leftHeader={leftColumnHeader ?? defaultLeft}
          leftHeaderVisible={leftColumnHeader !== undefined}
          title={title}
          titleId={titleId}
        />
      )}
    </div>
  );
}

interface OptionsTableProps {
  node: SkjemaComponentProps['node'];
  item: SkjemaComponentProps['node'];
  rows: ReturnType<typeof useVisibleRows>;
  leftHeader: string;
  leftHeaderVisible: boolean;
  title?: string;
  titleId: string;
}

/** The options live on the generated LikertItem, so they are read from the first row's item. */
function LikertOptionsTable({ node, item, rows, leftHeader, leftHeaderVisible, title, titleId }: OptionsTableProps) {
  const options = useOptions(item);
  return (
    <ScrollRegion label={title}>
      <LikertTable
        node={node}
        rows={rows}
        options={options}
        leftHeader={leftHeader}
        leftHeaderVisible={leftHeaderVisible}
        labelledBy={title ? titleId : undefined}
      />
    </ScrollRegion>
  );
}
