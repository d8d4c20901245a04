import { Button, Field, FieldDescription, Input, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useText } from '../../i18n/useTexts.ts';
import { DescriptionWithHints } from '../shared/FieldDescription.tsx';
import { FieldHeading } from '../shared/FieldHeading.tsx';
import { PrefillNote } from '../shared/PrefillNote.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { CalendarDialog } from './CalendarDialog.tsx';
import { formatDate, parseStored, parseTyped, resolveLimit, toStored } from './dates.ts';

interface DatepickerConfig {
  format?: string;
  timeStamp?: boolean;
  autocomplete?: string;
  minDate?: unknown;
  maxDate?: unknown;
}

const DEFAULT_FORMAT = 'dd.MM.yyyy';

/**
 * A date typed as text in the app's `format`, or chosen in a calendar dialog opened by the button
 * beside it. A complete date is stored as `yyyy-MM-dd` (or an ISO date-time with `timeStamp`);
 * anything else is stored as typed, so the validation can point at it.
 */
export function Datepicker({ node }: SkjemaComponentProps) {
  const { session } = useFormContext();
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const { text, setText } = useBinding(node);
  const config = node.component as DatepickerConfig;
  const format = typeof config.format === 'string' && config.format !== '' ? config.format : DEFAULT_FORMAT;
  const timeStamp = config.timeStamp !== false;
  const stored = parseStored(text);
  const shown = stored ? formatDate(stored, format) : text;
  const letters = useText('date_picker.format_letters') ?? 'dmy';
  const formatHint = useText('date_picker.format_hint', { params: [readableFormat(format, letters)] });
  const min = resolveLimit(limitOf(node, 'minDate', config.minDate));
  const max = resolveLimit(limitOf(node, 'maxDate', config.maxDate));
  const rangeHint = useText(min || max ? 'date_picker.range_hint' : undefined, {
    params: [
      formatDate(min ?? { year: 1900, month: 1, day: 1 }, format),
      formatDate(max ?? { year: 2100, month: 1, day: 1 }, format),
    ],
  });
  const [calendarOpen, setCalendarOpen] = useState(false);
  const name = title ?? unlabelledName;
  const openLabel = useText(name === undefined ? 'date_picker.open_calendar_unnamed' : 'date_picker.open_calendar', {
    params: [name],
  });
  const hints = <DescriptionWithHints description={description} hints={[formatHint, rangeHint]} />;
  return (
    <Field>
      <FieldHeading node={node} title={title} required={required} />
      {(description !== undefined || formatHint || rangeHint) && <FieldDescription>{hints}</FieldDescription>}
      <div className="skjema-date-input">
        <Input
          id={node.id}
          value={shown}
          onChange={(event) => {
            const typed = parseTyped(event.target.value, format);
            setText(typed ? toStored(typed, timeStamp) : event.target.value);
          }}
          required={required}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          autoComplete={config.autocomplete}
          inputMode="numeric"
          aria-label={unlabelledName}
        />
        {!readOnly && (
          <Button
            type="button"
            variant="secondary"
            icon
            aria-label={openLabel}
            aria-haspopup="dialog"
            aria-expanded={calendarOpen}
            onClick={() => setCalendarOpen(true)}
          >
            <CalendarIcon />
          </Button>
        )}
      </div>
      {session.wasPrefilled(node) && <PrefillNote node={node} />}
      {error && <ValidationMessage>{error}</ValidationMessage>}
      {!readOnly && (
        <CalendarDialog
          open={calendarOpen}
          value={stored}
          min={min ?? { year: 1900, month: 1, day: 1 }}
          max={max ?? { year: 2100, month: 1, day: 1 }}
          onChoose={(date) => {
            setText(toStored(date, timeStamp));
            setCalendarOpen(false);
          }}
          onClose={() => setCalendarOpen(false)}
        />
      )}
    </Field>
  );
}

function CalendarIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 2a1 1 0 0 1 1 1v1h6V3a1 1 0 1 1 2 0v1h2a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h2V3a1 1 0 0 1 1-1Zm11 8H5v9h14v-9ZM7 6H5v2h14V6h-2v1a1 1 0 1 1-2 0V6H9v1a1 1 0 0 1-2 0V6Z"
      />
    </svg>
  );
}

/** The format as the user reads it: `dd.MM.yyyy` → `dd.mm.åååå` in Norwegian. */
function readableFormat(format: string, letters: string): string {
  const [day = 'd', month = 'm', year = 'y'] = [...letters];
  return format.replace(/d/g, day).replace(/M/g, month).replace(/y/g, year);
}

function limitOf(node: SkjemaComponentProps['node'], property: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  return typeof raw === 'string' ? raw : node.evaluate(property, 'string', undefined);
}
