import {
  Checkbox,
  Field,
  Fieldset,
  FieldsetDescription,
  FieldsetLegend,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { GroupError, groupErrorId } from '../shared/GroupError.tsx';
import type { ItemEntry, ItemField } from './itemFields.ts';
import { InnerItemsInput } from './InnerItemsInput.tsx';
import type { ItemValue, ItemValues } from './itemValues.ts';

export interface ItemInputsProps {
  entries: readonly ItemEntry[];
  values: ItemValues;
  /** The DOM id of the input for a field key (of the first box of a set of checkboxes), for focus and labels. */
  idOf(key: string): string;
  errorOf(key: string, field: ItemField): string | undefined;
  onChange(key: string, value: ItemValue): void;
}

/**
 * The dialog's inputs; a nested object becomes a fieldset whose legend names it, an array of
 * objects a list of such fieldsets.
 */
export function ItemInputs({ entries, values, idOf, errorOf, onChange }: ItemInputsProps) {
  return (
    <>
      {entries.map((entry) => {
        if (entry.kind === 'group') {
          return (
            <Fieldset key={entry.key} className="skjema-field-stack">
              <FieldsetLegend>{entry.label}</FieldsetLegend>
              {entry.description && <FieldsetDescription>{entry.description}</FieldsetDescription>}
              <ItemInputs entries={entry.entries} values={values} idOf={idOf} errorOf={errorOf} onChange={onChange} />
            </Fieldset>
          );
        }
        if (entry.kind === 'items') {
          return (
            <InnerItemsInput
              key={entry.key}
              list={entry}
              value={values[entry.key]}
              idOf={idOf}
              errorOf={errorOf}
              onChange={(value) => onChange(entry.key, value)}
            />
          );
        }
        return (
          <ItemInput
            key={entry.key}
            id={idOf(entry.key)}
            field={entry}
            value={values[entry.key]}
            error={errorOf(entry.key, entry)}
            onChange={(value) => onChange(entry.key, value)}
          />
        );
      })}
    </>
  );
}

interface ItemInputProps {
  id: string;
  field: ItemField;
  value: ItemValue | undefined;
  error: string | undefined;
  onChange(value: ItemValue): void;
}

function ItemInput({ id, field, value, error, onChange }: ItemInputProps) {
  const texts = useTextResolver();
  const text = typeof value === 'string' ? value : '';
  if (field.kind === 'boolean') {
    return (
      <Checkbox
        id={id}
        label={field.label}
        description={field.description}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  }
  if (field.kind === 'choices') {
    const chosen: readonly string[] = Array.isArray(value) ? value : [];
    const toggle = (choice: string, on: boolean) =>
      onChange(on ? [...chosen, choice] : chosen.filter((candidate) => candidate !== choice));
    return (
      <Fieldset>
        <FieldsetLegend>{field.label}</FieldsetLegend>
        {field.description && <FieldsetDescription>{field.description}</FieldsetDescription>}
        {(field.choices ?? []).map((choice, index) => (
          <Checkbox
            key={choice}
            id={index === 0 ? id : `${id}-${index}`}
            label={choice}
            value={choice}
            checked={chosen.includes(choice)}
            aria-invalid={error ? true : undefined}
            // The message is the group's, so each box announces it.
            aria-describedby={error ? groupErrorId(id) : undefined}
            onChange={(event) => toggle(choice, event.target.checked)}
          />
        ))}
        <GroupError nodeId={id} error={error} />
      </Fieldset>
    );
  }
  if (field.kind === 'choice') {
    return (
      <Field>
        <Label htmlFor={id}>{field.label}</Label>
        {field.description && <Paragraph data-size="sm">{field.description}</Paragraph>}
        <Select
          id={id}
          value={text}
          required={field.required}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <SelectOption value="">{texts.resolve('dropdown.choose')}</SelectOption>
          {(field.choices ?? []).map((choice) => (
            <SelectOption key={choice} value={choice}>
              {choice}
            </SelectOption>
          ))}
        </Select>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Field>
    );
  }
  if (field.kind === 'list') {
    const hint = texts.resolve('add_to_list.one_per_line');
    return (
      <Textfield
        id={id}
        multiline
        rows={3}
        label={field.label}
        description={field.description ? `${field.description} ${hint}` : hint}
        value={text}
        required={field.required}
        error={error}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  const numeric = field.kind === 'number' || field.kind === 'integer';
  return (
    <Textfield
      id={id}
      label={field.label}
      description={field.description}
      type={field.kind === 'date' ? 'date' : 'text'}
      inputMode={numeric ? (field.kind === 'integer' ? 'numeric' : 'decimal') : undefined}
      value={text}
      required={field.required}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
