import { Heading } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { Markdown } from '../shared/Markdown.tsx';

type HeaderSize = 'L' | 'M' | 'S' | 'h2' | 'h3' | 'h4';

// The page's own title is the h1, so the largest layout header is an h2.
const LEVELS: Record<HeaderSize, { level: 2 | 3 | 4; size: 'lg' | 'md' | 'sm' }> = {
  L: { level: 2, size: 'lg' },
  h2: { level: 2, size: 'lg' },
  M: { level: 3, size: 'md' },
  h3: { level: 3, size: 'md' },
  S: { level: 4, size: 'sm' },
  h4: { level: 4, size: 'sm' },
};

/** A heading; `size` picks the heading level (L/h2, M/h3, S/h4). */
export function Header({ node }: SkjemaComponentProps) {
  const title = useNodeText(node, 'title');
  const { level, size } = LEVELS[(node.component as { size?: HeaderSize }).size ?? 'L'] ?? LEVELS.L;
  if (title === undefined) return null;
  return (
    <Heading id={node.id} level={level} data-size={size}>
      <Markdown text={title} inline />
    </Heading>
  );
}
