import { Details, DetailsContent, DetailsSummary } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { headingLevelOf, isHeadingLevel } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';

/**
 * A section that opens and closes (a native `<details>`, so it works without script and with any
 * screen reader). `openByDefault` is read when it first renders; after that the user decides.
 */
export function Accordion({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const title = useNodeText(node, 'title');
  // Without a title the header shows none (never the component id); a summary title still names it.
  const summaryTitle = useNodeText(node, 'summaryTitle', { plain: true });
  const open = node.evaluate('openByDefault', 'boolean', false) === true;
  const { headingLevel } = node.component as { headingLevel?: unknown };
  // Its size stays the summary button's: the level is for the outline only.
  const level = isHeadingLevel(headingLevel) ? headingLevel : headingLevelOf(node);
  return (
    <Details id={node.id} defaultOpen={open} className="skjema-accordion">
      <DetailsSummary aria-label={title === undefined ? summaryTitle : undefined}>
        {title !== undefined && (
          <Heading level={level} data-size="xs" className="skjema-accordion-heading">
            <Markdown text={title} inline links={false} />
          </Heading>
        )}
      </DetailsSummary>
      <DetailsContent>
        <div className="skjema-accordion-content">
          <RenderChildren nodes={node.children} />
        </div>
      </DetailsContent>
    </Details>
  );
}
