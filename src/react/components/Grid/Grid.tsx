import { Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { useHelp } from '../shared/useHelp.tsx';
import { gridRowsOf } from './gridConfig.ts';
import { GridTable } from './GridTable.tsx';

/** Components, texts and labels laid out in a table (`rows[].cells`). */
export function Grid({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const rows = gridRowsOf(node.component.rows);
  const titleId = `${node.id}-title`;
  const help = useHelp(node, title);
  return (
    <div role="group" id={node.id} className="skjema-grid-container" aria-labelledby={title ? titleId : undefined}>
      {title && (
        <div className="skjema-heading-row">
          <Heading id={titleId} {...sectionHeadingProps(node)}>
            <Markdown text={title} inline />
          </Heading>
          {help.button}
        </div>
      )}
      {title && help.text}
      {description && (
        <Paragraph data-size="sm" asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      <GridTable owner={node} rows={rows} property="rows" label={title} />
    </div>
  );
}
