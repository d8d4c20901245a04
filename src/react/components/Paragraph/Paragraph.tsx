import { Paragraph as DsParagraph } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { Markdown } from '../shared/Markdown.tsx';

/** Body text from `textResourceBindings.title`, in the app's Markdown subset. */
export function Paragraph({ node }: SkjemaComponentProps) {
  const title = useNodeText(node, 'title');
  if (title === undefined) return null;
  return (
    <DsParagraph id={node.id} asChild>
      <div>
        <Markdown text={title} />
      </div>
    </DsParagraph>
  );
}
