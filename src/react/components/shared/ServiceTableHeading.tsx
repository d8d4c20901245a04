import { Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { sectionHeadingProps } from './headingLevel.ts';
import { Markdown } from './Markdown.tsx';
import { useHelp } from './useHelp.tsx';

/**
 * Title (or the built-in `fallbackTitle`), help and description above a list a service fills, for
 * SigneeList and SigningDocumentList. The heading has `id`, so the table can be named by it.
 */
export function ServiceTableHeading({
  node,
  id,
  fallbackTitle,
}: {
  node: FormNode;
  id: string;
  fallbackTitle: string;
}) {
  const title = useNodeText(node, 'title') ?? fallbackTitle;
  const description = useNodeText(node, 'description');
  const help = useHelp(node, title);
  return (
    <>
      <div className="skjema-heading-row">
        <Heading id={id} {...sectionHeadingProps(node)}>
          <Markdown text={title} inline />
        </Heading>
        {help.button}
      </div>
      {help.text}
      {description !== undefined && (
        <Paragraph asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
    </>
  );
}
