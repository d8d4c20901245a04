import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { headingSizeOf } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useHelp } from '../shared/useHelp.tsx';

type HeaderSize = 'L' | 'M' | 'S' | 'h2' | 'h3' | 'h4';

// The form title is the h1, so the largest layout header is an h2, and a step smaller than the title.
const LEVELS: Record<HeaderSize, 2 | 3 | 4> = { L: 2, h2: 2, M: 3, h3: 3, S: 4, h4: 4 };

/**
 * A heading; `size` picks the heading level (L/h2, M/h3, S/h4). A `help` text opens under it from
 * a button beside it, outside the heading so the heading's name stays its title.
 */
export function Header({ node }: SkjemaComponentProps) {
  const title = useNodeText(node, 'title');
  const level = LEVELS[(node.component as { size?: HeaderSize }).size ?? 'L'] ?? LEVELS.L;
  const help = useHelp(node, title);
  if (title === undefined) return null;
  const heading = (
    <Heading id={node.id} level={level} data-size={headingSizeOf(level)}>
      <Markdown text={title} inline />
    </Heading>
  );
  if (!help.button) return heading;
  return (
    <>
      <div className="skjema-heading-row">
        {heading}
        {help.button}
      </div>
      {help.text}
    </>
  );
}
