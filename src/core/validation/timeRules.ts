import type { FormData } from '../data/formData.ts';
import type { LayoutNode } from '../tree/types.ts';

type Found = { textKey: string; params: string[]; bindingKey: string };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/** TimePicker: a time `HH:mm[:ss]` (or the time of a timestamp), inside `minTime`/`maxTime`. */
export function timePickerRules(node: LayoutNode, data: FormData): Found[] {
  const binding = node.bindings.simpleBinding;
  if (!binding) return [];
  const text = data.text(binding).trim();
  if (text === '') return [];
  const time = normalise(text.includes('T') ? text.slice(text.indexOf('T') + 1, text.indexOf('T') + 9) : text);
  if (!time) return [{ textKey: 'time_picker.invalid_time_message', params: [], bindingKey: 'simpleBinding' }];
  const min = normalise(node.evaluate('minTime', 'string', null) ?? '');
  const max = normalise(node.evaluate('maxTime', 'string', null) ?? '');
  if (min && time < min)
    return [{ textKey: 'time_picker.min_time_exceeded', params: [min.slice(0, 5)], bindingKey: 'simpleBinding' }];
  if (max && time > max)
    return [{ textKey: 'time_picker.max_time_exceeded', params: [max.slice(0, 5)], bindingKey: 'simpleBinding' }];
  return [];
}

/** `HH:mm:ss`, comparable as text; undefined when not a time. */
function normalise(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  return match ? `${match[1]}:${match[2]}:${match[3] ?? '00'}` : undefined;
}
