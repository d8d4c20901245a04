import { Fieldset } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
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
import { useMultiSelection } from '../shared/useMultiSelection.ts';

export { splitSelection } from '../shared/useMultiSelection.ts';

/**
 * Any number of choices among the node's options, as checkboxes: stored comma-separated, or as
 * rows of a `group` (see `useMultiSelection`). With `alertOnChange`, unchecking asks first.
 */
export function Checkboxes({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { options, failed } = useOptionsWithStatus(node);
  const { error } = useNodeValidation(node);
  const { selected, toggle: store } = useMultiSelection(node, options);
  const { confirm, dialog } = useConfirmRemoval(node);
  const horizontal = (node.component as { layout?: string }).layout === 'row';
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const toggle = (value: string, label: string, checked: boolean) =>
    checked ? store(value, true, label) : confirm(label, () => store(value, false));
  return (
    <Fieldset
      id={node.id}
      {...groupName}
      data-layout={horizontal ? 'row' : 'column'}
      className={optionLabelsInTable(node, options.length)}
    >
      {heading}
      {failed && <ServiceNotice kind="error" textKey="options.load_failed" />}
      <div className={horizontal ? 'skjema-options-row' : 'skjema-options'}>
        {options.map((option) => (
          <Choice
            key={option.value}
            type="checkbox"
            name={node.id}
            value={option.value}
            label={<Markdown text={option.markup.label} inline />}
            description={option.markup.description && <Markdown text={option.markup.description} inline />}
            help={option.markup.helpText}
            about={option.markup.label}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, option.label, event.target.checked)}
            readOnly={readOnly}
            aria-required={required && options.length === 1 ? true : undefined}
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
