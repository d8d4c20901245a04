import { Fieldset, FieldsetDescription, FieldsetLegend } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { RenderChildren } from '../../render/RenderChildren.tsx';
import { headingLevelOf, headingSizeOf, isHeadingLevel } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

interface GroupConfig {
  groupingIndicator?: 'indented' | 'panel';
  headingLevel?: unknown;
}

/**
 * Components shown together. With a title the group is a fieldset whose legend is a heading, so
 * screen readers announce the group name on entering its fields and list it among the headings.
 */
export function Group({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const config = node.component as GroupConfig;
  const level = isHeadingLevel(config.headingLevel) ? config.headingLevel : headingLevelOf(node);
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
        <Heading level={level} data-size={headingSizeOf(level)} className="skjema-group-heading">
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
