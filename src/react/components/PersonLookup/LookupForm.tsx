import { Button, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { FieldLabel } from '../shared/FieldLabel.tsx';
import { useFieldsetHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

export interface SearchField {
  key: string;
  label: string;
  /** Text key of the message when the value cannot be searched for, or undefined when it can. */
  check(value: string): string | undefined;
  inputMode?: 'numeric';
  autoComplete?: string;
}

export interface LookupFormProps {
  node: FormNode;
  fields: SearchField[];
  /** Labelled values of the stored result; the form shows them instead of the search when present. */
  result?: { label: string; value: string }[];
  search(values: Record<string, string>): Promise<boolean>;
  notFoundKey: string;
  clear(): void;
}

/** Search fields and a button that looks something up through the form services, or the result found. */
export function LookupForm({ node, fields, result, search, notFoundKey, clear }: LookupFormProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const found = Object.fromEntries(fields.map((field) => [field.key, field.check((values[field.key] ?? '').trim())]));
    setProblems(found);
    setFailure(undefined);
    if (Object.values(found).some((problem) => problem !== undefined)) return;
    setBusy(true);
    try {
      const trimmed = Object.fromEntries(fields.map((field) => [field.key, (values[field.key] ?? '').trim()]));
      if (!(await search(trimmed))) setFailure(notFoundKey);
    } catch {
      setFailure('general.error_message');
    } finally {
      setBusy(false);
    }
  };

  let body: ReactNode;
  if (result) {
    body = (
      <>
        {result.map((item) => (
          <Textfield key={item.label} label={item.label} value={item.value} readOnly />
        ))}
        {!readOnly && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setValues({});
                clear();
              }}
            >
              {texts.resolve('lookup.clear')}
            </Button>
          </div>
        )}
      </>
    );
  } else {
    body = (
      <>
        <div className="skjema-field-row">
          {fields.map((field) => (
            <Textfield
              key={field.key}
              id={`${node.id}-${field.key}`}
              label={<FieldLabel title={field.label} required={required} />}
              value={values[field.key] ?? ''}
              onChange={(event) => setValues({ ...values, [field.key]: event.target.value })}
              onKeyDown={(event) => {
                // Enter searches, as in a search form, without submitting the whole form.
                if (event.key !== 'Enter') return;
                event.preventDefault();
                void submit();
              }}
              required={required}
              readOnly={readOnly}
              inputMode={field.inputMode}
              autoComplete={field.autoComplete}
              error={problems[field.key] && texts.resolve(problems[field.key] ?? '')}
            />
          ))}
        </div>
        {!readOnly && (
          <div>
            <Button type="button" onClick={() => busy || void submit()} aria-disabled={busy || undefined}>
              {texts.resolve('lookup.search')}
            </Button>
          </div>
        )}
        <div role="status">{busy && texts.resolve('general.loading')}</div>
        <div role="alert">{failure && <ValidationMessage>{texts.resolve(failure)}</ValidationMessage>}</div>
      </>
    );
  }
  return (
    <Fieldset id={node.id} {...groupName}>
      {heading}
      <div className="skjema-field-stack">{body}</div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
