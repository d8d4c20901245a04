import { Fieldset } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useOptionsWithStatus } from '../../hooks/useOptions.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { GroupError, groupErrorId } from '../shared/GroupError.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { ServiceNotice } from '../shared/ServiceNotice.tsx';
import { optionLabelsInTable } from '../shared/optionLabelsInTable.ts';
import { useConfirmRemoval } from '../shared/useConfirmRemoval.tsx';
import { Choice } from '../shared/Choice.tsx';
import { useFieldsetHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/**
 * A single choice among the node's options, as a group of radio buttons (or cards, `showAsCard`).
 * With `alertOnChange`, changing an earlier choice asks first.
 */
export function RadioButtons({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const { options, failed } = useOptionsWithStatus(node);
  const { error } = useNodeValidation(node);
  const { confirm, dialog } = useConfirmRemoval(node, 'change');
  const current = options.find((option) => text !== '' && option.value === text);
  const choose = (value: string) => (current ? confirm(current.label, () => setText(value)) : setText(value));
  const config = node.component as { layout?: string; showAsCard?: boolean };
  const horizontal = config.layout === 'row';
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const listClass = [
    horizontal ? 'skjema-options-row' : !config.showAsCard && 'skjema-options',
    config.showAsCard && 'skjema-option-cards',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={node.id}
      {...groupName}
      data-layout={horizontal ? 'row' : 'column'}
      className={optionLabelsInTable(node, options.length)}
    >
      {heading}
      {failed && <ServiceNotice kind="error" textKey="options.load_failed" />}
      <div className={listClass}>
        {options.map((option) => (
          <Choice
            key={option.value}
            type="radio"
            name={node.id}
            value={option.value}
            label={<Markdown text={option.markup.label} inline />}
            description={option.markup.description && <Markdown text={option.markup.description} inline />}
            help={option.markup.helpText}
            about={option.markup.label}
            // Nothing stored is no choice, even when an option's value is empty (a source row not filled in yet).
            checked={text !== '' && text === option.value}
            onChange={() => choose(option.value)}
            readOnly={readOnly}
            required={required}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? groupErrorId(node.id) : undefined}
          />
        ))}
      </div>
      <GroupError nodeId={node.id} error={error} />
      {dialog}
    </Fieldset>
  );
}
