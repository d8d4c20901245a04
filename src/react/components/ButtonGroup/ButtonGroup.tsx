import { Label, Paragraph } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { useHelp } from '../shared/useHelp.tsx';

/** Buttons side by side (wrapping on narrow screens), optionally named by a title. */
export function ButtonGroup({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const titleId = `${node.id}-title`;
  const descriptionId = `${node.id}-description`;
  const help = useHelp(node, title);
  return (
    <div
      id={node.id}
      className="skjema-button-group-container"
      role={title ? 'group' : undefined}
      aria-labelledby={title ? titleId : undefined}
      aria-describedby={title && description ? descriptionId : undefined}
    >
      {title && (
        <div className="skjema-heading-row">
          <Label id={titleId} asChild>
            <span>
              <Markdown text={title} inline />
            </span>
          </Label>
          {help.button}
        </div>
      )}
      {title && help.text}
      {description && (
        <Paragraph id={descriptionId} data-size="sm" asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      <div className="skjema-button-group">
        <RenderChildren nodes={node.children} />
      </div>
    </div>
  );
}
