import { Button, Dialog, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useId, useRef, useState } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { searchRoot } from '../../render/searchRoot.ts';
import { Markdown } from '../shared/Markdown.tsx';
import type { ItemEntry, ItemField } from './itemFields.ts';
import { ItemInputs } from './ItemInputs.tsx';
import { rowFrom, valuesFrom, type ItemProblem, type ItemValue } from './itemValues.ts';

interface ItemDialogProps {
  open: boolean;
  heading: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** The text of the button that stores the row ("Legg til", "Lagre"). */
  submitText: string;
  entries: readonly ItemEntry[];
  /** The stored row being edited; a new row starts empty. Read once: give the dialog a new `key` per row. */
  base?: unknown;
  /** Prefix of the inputs' DOM ids. */
  idPrefix: string;
  onSave(row: Record<string, unknown>): void;
  /** Cancel, Escape: nothing is stored. */
  onCancel(): void;
}

/** A row's fields in a modal dialog; the row is stored only once every field is valid. */
export function ItemDialog(props: ItemDialogProps) {
  const { open, heading, headingLevel, submitText, entries, base, idPrefix, onSave, onCancel } = props;
  const texts = useTextResolver();
  const headingId = useId();
  const [values, setValues] = useState<Record<string, ItemValue>>(() => (base ? valuesFrom(entries, base) : {}));
  const [problems, setProblems] = useState<Record<string, ItemProblem>>({});
  const idOf = (key: string) => `${idPrefix}-${key}`;
  const fieldsRef = useRef<HTMLDivElement>(null);
  const save = () => {
    const { row, problems: found } = rowFrom(entries, values, base);
    setProblems(found);
    // The problems come in the order the dialog shows their fields.
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      searchRoot(fieldsRef.current).getElementById(idOf(first))?.focus();
      return;
    }
    onSave(row);
  };
  const errorOf = (key: string, field: ItemField) => {
    const problem = problems[key];
    if (problem === 'required') return texts.resolve('form_filler.error_required', { params: [field.label] });
    if (problem === 'number') return texts.resolve('add_to_list.invalid_number');
    return undefined;
  };
  return (
    <Dialog open={open} onClose={onCancel} closeButton={false} aria-labelledby={headingId}>
      <div ref={fieldsRef} className="skjema-add-to-list-fields">
        <Heading id={headingId} level={headingLevel} data-size="xs">
          <Markdown text={heading} inline />
        </Heading>
        {entries.length === 0 && <Paragraph>{texts.resolve('add_to_list.no_fields')}</Paragraph>}
        <ItemInputs
          entries={entries}
          values={values}
          idOf={idOf}
          errorOf={errorOf}
          onChange={(key, value) => setValues((previous) => ({ ...previous, [key]: value }))}
        />
        <div className="skjema-task-buttons">
          <Button type="button" variant="primary" onClick={save} disabled={entries.length === 0}>
            {submitText}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {texts.resolve('general.cancel')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
