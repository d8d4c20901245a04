import {
  Button,
  Checkbox,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  SelectOption,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useCallback, useId, useRef, useState, useSyncExternalStore } from 'react';
import { addRow } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { headingLevelOf } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { itemFieldsOf, rowFrom, type ItemField, type ItemProblem, type ItemValues } from './itemFields.ts';

/**
 * Adds rows to the array bound as `data`, each filled in through a dialog whose fields come from
 * the data model's item schema. The rows themselves are shown elsewhere (a SimpleTable or a
 * repeating group); here the user sees how many there are.
 */
export function AddToList({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const { readOnly: readOnlyState } = useNodeState(node);
  // A summary shows what was added; adding more belongs to the form itself.
  const readOnly = readOnlyState || (node.component as { renderAsSummary?: boolean }).renderAsSummary === true;
  const texts = useTextResolver();
  const binding = node.bindings.data;
  const titleKey = (node.component as { title?: string }).title;
  const title = titleKey ? texts.resolve(titleKey, { rowIndices: node.rowIndices }) : node.baseId;
  // Schema titles (or property names) double as text keys, so an app can word and translate them.
  const fields = (binding ? itemFieldsOf(engine.layoutSet.dataModelSchemas[binding.dataType], binding.field) : []).map(
    (field) => ({
      ...field,
      label: texts.resolve(field.label),
      description: field.description && texts.resolve(field.description),
    }),
  );
  const subscribe = useCallback((onChange: () => void) => engine.data.subscribe(onChange), [engine]);
  const readCount = useCallback(() => {
    const rows = binding ? engine.data.get(binding) : undefined;
    return Array.isArray(rows) ? rows.length : 0;
  }, [engine, binding]);
  const count = useSyncExternalStore(subscribe, readCount, readCount);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ItemValues>({});
  const [problems, setProblems] = useState<Record<string, ItemProblem>>({});
  const [added, setAdded] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const dialogHeadingId = useId();
  const fieldId = (field: ItemField) => `${node.id}-${field.key}`;

  const openDialog = () => {
    setValues({});
    setProblems({});
    setAdded(false);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    addButton.current?.focus();
  };
  const save = () => {
    const { row, problems: found } = rowFrom(fields, values);
    setProblems(found);
    const first = fields.find((field) => found[field.key]);
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    if (binding) addRow((dataType) => engine.data.model(dataType), binding, undefined, row);
    setAdded(true);
    close();
  };
  const problemText = (field: ItemField) => {
    const problem = problems[field.key];
    if (problem === 'required') return texts.resolve('form_filler.error_required', { params: [field.label] });
    if (problem === 'number') return texts.resolve('add_to_list.invalid_number');
    return undefined;
  };
  const set = (key: string, value: string | boolean) => setValues((previous) => ({ ...previous, [key]: value }));

  return (
    <section id={node.id} className="skjema-field-stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={headingLevelOf(node)} data-size="xs">
        <Markdown text={title} inline />
      </Heading>
      <Paragraph data-size="sm">{texts.resolve('add_to_list.rows', { params: [count] })}</Paragraph>
      <div role="status">{added && <Paragraph data-size="sm">{texts.resolve('add_to_list.added')}</Paragraph>}</div>
      {!readOnly && (
        <div>
          <Button
            ref={addButton}
            type="button"
            variant="secondary"
            aria-describedby={headingId}
            aria-haspopup="dialog"
            onClick={openDialog}
          >
            {texts.resolve('general.add_new')}
          </Button>
        </div>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} closeButton={false} aria-labelledby={dialogHeadingId}>
        <div className="skjema-add-to-list-fields">
          <Heading id={dialogHeadingId} level={headingLevelOf(node)} data-size="xs">
            <Markdown text={title} inline />
          </Heading>
          {fields.length === 0 && <Paragraph>{texts.resolve('add_to_list.no_fields')}</Paragraph>}
          {fields.map((field) => (
            <ItemInput
              key={field.key}
              id={fieldId(field)}
              field={field}
              value={values[field.key]}
              error={problemText(field)}
              placeholder={texts.resolve('dropdown.choose')}
              onChange={(value) => set(field.key, value)}
            />
          ))}
          <div className="skjema-task-buttons">
            <Button type="button" variant="primary" onClick={save} disabled={fields.length === 0}>
              {texts.resolve('general.add')}
            </Button>
            <Button type="button" variant="secondary" onClick={close}>
              {texts.resolve('general.cancel')}
            </Button>
          </div>
        </div>
      </Dialog>
    </section>
  );
}

interface ItemInputProps {
  id: string;
  field: ItemField;
  value: string | boolean | undefined;
  error: string | undefined;
  placeholder: string;
  onChange(value: string | boolean): void;
}

function ItemInput({ id, field, value, error, placeholder, onChange }: ItemInputProps) {
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
          <SelectOption value="">{placeholder}</SelectOption>
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
