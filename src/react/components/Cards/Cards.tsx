import { Card, CardBlock, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { CSSProperties } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useText } from '../../i18n/useTexts.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { RenderNode } from '../../render/RenderNode.tsx';
import { headingLevelOf } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';

interface CardConfig {
  media?: string;
  title?: string;
  description?: string;
  footer?: string;
  children?: string[];
}

interface CardsConfig {
  cards?: CardConfig[];
  color?: 'neutral' | 'subtle';
  mediaPosition?: 'top' | 'bottom';
  minMediaHeight?: string;
  minWidth?: string;
}

/** Cards in a responsive grid; a list, so screen readers announce how many there are. */
export function Cards({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const config = node.component as CardsConfig;
  const cards = (config.cards ?? []).filter((card) => card !== null && typeof card === 'object');
  const minWidth = config.minWidth ?? '250px';
  const style = { '--skjema-card-min-width': minWidth } as CSSProperties;
  return (
    <ul id={node.id} className="skjema-cards" style={style}>
      {cards.map((card, index) => (
        <li key={index}>
          <OneCard node={node} card={card} config={config} />
        </li>
      ))}
    </ul>
  );
}

// For Markdown: values in the texts stay text.
const MARKED = { markValues: true };

function OneCard({ node, card, config }: { node: FormNode; card: CardConfig; config: CardsConfig }) {
  const title = useText(card.title, MARKED);
  const description = useText(card.description, MARKED);
  const footer = useText(card.footer, MARKED);
  const media = card.media ? node.children.find((child) => child.baseId === card.media) : undefined;
  const children = (card.children ?? []).flatMap((id) =>
    node.children.filter((child) => child.baseId === id && child.baseId !== card.media),
  );
  const mediaBlock = media && (
    <CardBlock className="skjema-card-media" style={{ minHeight: config.minMediaHeight ?? '150px' }}>
      <RenderNode node={media} />
    </CardBlock>
  );
  const bottom = config.mediaPosition === 'bottom';
  return (
    <Card variant={config.color === 'subtle' ? 'tinted' : 'default'} data-color="neutral" className="skjema-card">
      {!bottom && mediaBlock}
      {(title || description || children.length > 0) && (
        <CardBlock className="skjema-card-body">
          {title && (
            <Heading level={headingLevelOf(node)} data-size="xs">
              <Markdown text={title} inline />
            </Heading>
          )}
          {description && (
            <Paragraph asChild>
              <div>
                <Markdown text={description} />
              </div>
            </Paragraph>
          )}
          <RenderChildren nodes={children} />
        </CardBlock>
      )}
      {bottom && mediaBlock}
      {footer && (
        <CardBlock className="skjema-card-footer">
          <Paragraph data-size="sm" asChild>
            <div>
              <Markdown text={footer} />
            </div>
          </Paragraph>
        </CardBlock>
      )}
    </Card>
  );
}
