import { Alert as DsAlert, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { Markdown } from './Markdown.tsx';

export type CalloutColor = 'info' | 'success' | 'warning' | 'danger';

/** A coloured box with a heading (`title`) and Markdown body (`body`), for Alert and Panel. */
export function Callout({ node, color, showIcon }: { node: FormNode; color: CalloutColor; showIcon: boolean }) {
  const title = useNodeText(node, 'title');
  const body = useNodeText(node, 'body');
  if (title === undefined && body === undefined) return null;
  return (
    <DsAlert id={node.id} data-color={color} className={showIcon ? undefined : 'skjema-callout--no-icon'}>
      {title !== undefined && (
        <Heading level={2} data-size="xs">
          <Markdown text={title} inline />
        </Heading>
      )}
      {body !== undefined && (
        <Paragraph asChild>
          <div>
            <Markdown text={body} />
          </div>
        </Paragraph>
      )}
    </DsAlert>
  );
}
