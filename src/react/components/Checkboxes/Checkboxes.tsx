import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useOptions } from '../../hooks/useOptions.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { GroupError, groupErrorId } from '../shared/GroupError.tsx';
import { OptionGroupHeading } from '../shared/OptionGroupHeading.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/** Altinn stores the checked values of a `simpleBinding` as one comma-separated string. */
export function splitSelection(text: string): string[] {
  return text === '' ? [] : text.split(',').map((value) => value.trim());
}

/** Any number of choices among the node's options, as checkboxes. */
export function Checkboxes({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const { text, setText } = useBinding(node);
  const options = useOptions(node);
  const { error } = useNodeValidation(node);
  const selected = splitSelection(text);
  const horizontal = (node.component as { layout?: string }).layout === 'row';
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((item) => item !== value);
    // Keep the options' own order so the stored string does not depend on click order.
    setText(
      options
        .map((option) => option.value)
        .filter((item) => next.includes(item))
        .join(','),
    );
  };
  return (
    <Fieldset id={node.id} data-layout={horizontal ? 'row' : 'column'}>
      <OptionGroupHeading title={title ?? node.baseId} description={description} required={required} />
      <div className={horizontal ? 'skjema-options-row' : undefined}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            name={node.id}
            value={option.value}
            label={<Markdown text={option.label} inline />}
            description={option.description && <Markdown text={option.description} inline />}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
            readOnly={readOnly}
            aria-required={required && options.length === 1 ? true : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? groupErrorId(node.id) : undefined}
          />
        ))}
      </div>
      <GroupError nodeId={node.id} error={error} />
    </Fieldset>
  );
}
