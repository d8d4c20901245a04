import { FieldAffixes, Input } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { DescriptionWithHints } from '../shared/FieldDescription.tsx';
import { FieldWithHelp } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { formatTime, parseTime } from './times.ts';

const FORMATS = new Set(['HH:mm', 'HH:mm:ss', 'hh:mm a', 'hh:mm:ss a']);

/**
 * A time of day typed as text. What the user types is stored as is and tidied into the app's
 * `format` when they leave the field, so half-typed times are never rewritten under their fingers.
 */
export function TimePicker({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName, help } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const { text, setText } = useBinding(node);
  const texts = useTextResolver();
  const config = node.component as { format?: string; autocomplete?: string; minTime?: unknown; maxTime?: unknown };
  const format = config.format && FORMATS.has(config.format) ? config.format : 'HH:mm';
  const [hour = 'h', minute = 'm', second = 's'] = [...texts.resolve('time_picker.format_letters')];
  const readable = format.replace(/[Hh]/g, hour).replace(/m/g, minute).replace(/s/g, second).replace(/a/, 'AM/PM');
  const limit = (property: 'minTime' | 'maxTime') =>
    config[property] === undefined ? undefined : node.evaluate(property, 'string', undefined);
  const min = limit('minTime');
  const max = limit('maxTime');
  const shown = (value: string | null | undefined, fallback: string) => {
    const time = value ? parseTime(value) : undefined;
    return time ? formatTime(time, format) : fallback;
  };
  const hints = [
    texts.resolve('time_picker.format_hint', { params: [readable] }),
    min || max
      ? texts.resolve('time_picker.range_hint', {
          params: [
            shown(min, formatTime({ hours: 0, minutes: 0, seconds: 0 }, format)),
            shown(max, formatTime({ hours: 23, minutes: 59, seconds: 59 }, format)),
          ],
        })
      : undefined,
  ];
  return (
    <FieldWithHelp
      node={node}
      title={title}
      help={help}
      required={required}
      description={<DescriptionWithHints description={description} hints={hints} />}
      error={error}
    >
      <FieldAffixes>
        <Input
          id={node.id}
          aria-label={title === undefined ? unlabelledName : undefined}
          value={text}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => {
            const time = parseTime(text);
            if (time && !readOnly) setText(formatTime(time, format));
          }}
          required={required}
          readOnly={readOnly}
          autoComplete={config.autocomplete}
        />
      </FieldAffixes>
    </FieldWithHelp>
  );
}
