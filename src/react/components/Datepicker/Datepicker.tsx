import { Textfield } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useText } from '../../i18n/useTexts.ts';
import { DescriptionWithHints } from '../shared/FieldDescription.tsx';
import { FieldLabel } from '../shared/FieldLabel.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
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
 * A date typed as text in the app's `format`. A complete date is stored as `yyyy-MM-dd` (or an ISO
 * date-time with `timeStamp`); anything else is stored as typed, so the validation can point at it.
 */
export function Datepicker({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
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
  return (
    <Textfield
      id={node.id}
      label={<FieldLabel title={title ?? node.baseId} required={required} />}
      description={<DescriptionWithHints description={description} hints={[formatHint, rangeHint]} />}
      value={shown}
      onChange={(event) => {
        const typed = parseTyped(event.target.value, format);
        setText(typed ? toStored(typed, timeStamp) : event.target.value);
      }}
      required={required}
      readOnly={readOnly}
      error={error}
      autoComplete={config.autocomplete}
      inputMode="numeric"
    />
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
