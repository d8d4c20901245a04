import { Paragraph as DsParagraph } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useHelp } from '../shared/useHelp.tsx';

/**
 * Body text from `textResourceBindings.title`, in the app's Markdown subset. A `help` text opens
 * under it from a button after the text.
 */
export function Paragraph({ node }: SkjemaComponentProps) {
  const title = useNodeText(node, 'title');
  const help = useHelp(node, title);
  if (title === undefined) return null;
  const paragraph = (
    <DsParagraph id={node.id} asChild>
      <div>
        <Markdown text={title} />
      </div>
    </DsParagraph>
  );
  if (!help.button) return paragraph;
  return (
    <>
      <div className="skjema-heading-row">
        {paragraph}
        {help.button}
      </div>
      {help.text}
    </>
  );
}
