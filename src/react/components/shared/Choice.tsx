import { Checkbox, Field, Input, Label, Radio, type InputProps } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useHelpText } from './useHelp.tsx';

// Named by its label: the aria-label/-labelledby alternatives of Designsystemet's props do not apply.
type ChoiceProps = Omit<InputProps, 'type' | 'role' | 'size' | 'aria-label' | 'aria-labelledby'> & {
  type: 'radio' | 'checkbox';
  label: ReactNode;
  description?: ReactNode;
  /** The option's `helpText`. */
  help: string | undefined;
  /** The option's label as text, for the help button's name. */
  about: string;
};

/**
 * One option as a radio button or checkbox. An option with a `helpText` gets a help button beside
 * its label; its text opens under the option, outside Designsystemet's field, because a click
 * anywhere in that field (but on a button or link) toggles the option.
 */
export function Choice({ type, label, description, help, about, ...input }: ChoiceProps) {
  const helpParts = useHelpText(help, about);
  if (!helpParts.button) {
    return type === 'radio' ? (
      <Radio label={label} description={description} {...input} />
    ) : (
      <Checkbox label={label} description={description} {...input} />
    );
  }
  return (
    <div className="skjema-choice">
      <Field>
        <Input type={type} {...input} />
        <div className="skjema-label-row">
          <Label weight="regular">{label}</Label>
          {helpParts.button}
        </div>
        {description && <div data-field="description">{description}</div>}
      </Field>
      {helpParts.text}
    </div>
  );
}
