/**
 * `skjema/element`: `<skjema-form>`, a custom element for pages without React. One script and one
 * stylesheet; React, Designsystemet and i18next are inside (vite.element.config.ts). Importing it
 * defines the element.
 */
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '../react/styles.css';
import './host.css';
import { defineSkjemaForm } from './SkjemaFormElement.ts';

defineSkjemaForm();

export { SkjemaFormElement, defineSkjemaForm } from './SkjemaFormElement.ts';
export type { SkjemaElementApp } from './loadElementApp.ts';
export type {
  SkjemaErrorDetail,
  SkjemaFormEventMap,
  SkjemaFormEventName,
  SkjemaProcessDetail,
  SkjemaSaveDetail,
  SkjemaSubmitDetail,
  SkjemaValidationDetail,
  SkjemaValidationMessage,
} from './events.ts';
