import { Fieldset, Radio } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useOptions } from '../../hooks/useOptions.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { optionLabelsInTable } from '../shared/optionLabelsInTable.ts';
import { useFieldsetHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/**
 * One Likert question as its own radio group: how a Likert row is shown on narrow screens, where
 * the answer columns of the table would not fit.
 */
export function LikertItem({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const { text, setText } = useBinding(node);
  const options = useOptions(node);
  return (
    <Fieldset
      id={node.id}
      {...groupName}
      className={['skjema-likert-item', optionLabelsInTable(node, options.length)].filter(Boolean).join(' ')}
    >
      {heading}
      {options.map((option) => (
        <Radio
          key={option.value}
          name={node.id}
          value={option.value}
          label={<Markdown text={option.markup.label} inline />}
          checked={text === option.value}
          onChange={() => setText(option.value)}
          readOnly={readOnly}
          required={required}
        />
      ))}
    </Fieldset>
  );
}
