import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';

/** Accordions stacked as one block, under an optional heading. */
export function AccordionGroup({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const title = useNodeText(node, 'title');
  const titleId = `${node.id}-title`;
  return (
    <div
      id={node.id}
      className="skjema-accordion-group"
      role={title ? 'group' : undefined}
      aria-labelledby={title ? titleId : undefined}
    >
      {title && (
        <Heading id={titleId} {...sectionHeadingProps(node)}>
          <Markdown text={title} inline />
        </Heading>
      )}
      <div className="skjema-accordion-list">
        <RenderChildren nodes={node.children} />
      </div>
    </div>
  );
}
