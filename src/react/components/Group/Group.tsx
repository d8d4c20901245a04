import { Fieldset, FieldsetDescription, FieldsetLegend, Heading } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { headingLevelOf, type HeadingLevel } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface GroupConfig {
  groupingIndicator?: 'indented' | 'panel';
  headingLevel?: HeadingLevel;
}

const LEVELS: readonly HeadingLevel[] = [2, 3, 4, 5, 6];
const SIZES = { 2: 'md', 3: 'sm', 4: 'xs', 5: 'xs', 6: 'xs' } as const;

/**
 * Components shown together. With a title the group is a fieldset whose legend is a heading, so
 * screen readers announce the group name on entering its fields and list it among the headings.
 */
export function Group({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const config = node.component as GroupConfig;
  const level =
    config.headingLevel && LEVELS.includes(config.headingLevel) ? config.headingLevel : headingLevelOf(node);
  const className = ['skjema-group', config.groupingIndicator && `skjema-group-${config.groupingIndicator}`]
    .filter(Boolean)
    .join(' ');
  if (!title) {
    return (
      <div id={node.id} className={className}>
        {description && <Markdown text={description} />}
        <RenderChildren nodes={node.children} />
      </div>
    );
  }
  return (
    <Fieldset id={node.id} className={className}>
      <FieldsetLegend>
        <Heading level={level} data-size={SIZES[level]} className="skjema-group-heading">
          <Markdown text={title} inline />
        </Heading>
      </FieldsetLegend>
      {description && (
        <FieldsetDescription asChild>
          <div data-field="description">
            <Markdown text={description} />
          </div>
        </FieldsetDescription>
      )}
      <RenderChildren nodes={node.children} />
    </Fieldset>
  );
}
