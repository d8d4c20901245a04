import type { AppFormat } from './appFormat.ts';
import type { RawComponent, RawLayoutFile } from './types.ts';

// v8 Datepicker formats in Moment style that v8 silently mapped to Unicode tokens.
const LEGACY_DATE_FORMATS: Record<string, string> = {
  'DD.MM.YYYY': 'dd.MM.yyyy',
  'DD/MM/YYYY': 'dd/MM/yyyy',
  'YYYY-MM-DD': 'yyyy-MM-dd',
};

/**
 * Writes the defaults that differ between the app formats into the components, so that every
 * component renders one internal shape whatever the format: NavigationButtons `showBackButton`
 * (v8 false, v9 true), Datepicker `timeStamp` (v8 true, v9 false) and v8's legacy date formats.
 */
export function applyFormatDefaults(layout: RawLayoutFile, format: AppFormat): RawLayoutFile {
  const components = layout.data.layout.map((component) => withDefaults(component, format));
  return { ...layout, data: { ...layout.data, layout: components } };
}

function withDefaults(component: RawComponent, format: AppFormat): RawComponent {
  const type = component.type.toLowerCase();
  if (type === 'navigationbuttons' && component.showBackButton === undefined) {
    return { ...component, showBackButton: format === 'v9' };
  }
  if (type === 'datepicker') {
    const next = { ...component };
    if (next.timeStamp === undefined) next.timeStamp = format === 'v8';
    if (format === 'v8' && typeof next.format === 'string' && LEGACY_DATE_FORMATS[next.format]) {
      next.format = LEGACY_DATE_FORMATS[next.format];
    }
    return next;
  }
  return component;
}
