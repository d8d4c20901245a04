import type { Diagnostic } from '../core/diagnostics.ts';
import type { SavedModel } from '../core/save/index.ts';
import type { Severity } from '../core/validation/index.ts';
import type { AppProcessState } from '../wire/process.ts';
import type { SkjemaFormElement } from './SkjemaFormElement.ts';

/**
 * `skjema-submit`: the user submitted and nothing blocked it. Standalone (`app` or `src`), the data
 * itself; connected (`base-url`), the instance the app backend now has, whose data is stored there.
 */
export type SkjemaSubmitDetail =
  | {
      readonly mode: 'standalone';
      /** The default data model. */
      readonly data: Record<string, unknown>;
      /** Every data model by data type. */
      readonly allModels: Record<string, Record<string, unknown>>;
    }
  | { readonly mode: 'connected'; readonly instanceId: string; readonly process: AppProcessState };

/**
 * `skjema-save`: data was saved, or a save failed. Standalone there is no backend: the event hands
 * the host the changed models once the user pauses (as `SkjemaForm`'s `onSaveData`), to keep where
 * it likes. Connected, the app backend has stored them (`saved`) or refused or could not be reached
 * (`failed`; the changes are kept and retried).
 */
export type SkjemaSaveDetail =
  | { readonly mode: 'standalone'; readonly status: 'saved'; readonly models: readonly SavedModel[] }
  | { readonly mode: 'connected'; readonly status: 'saved'; readonly dataElementIds: readonly string[] }
  | { readonly mode: 'connected'; readonly status: 'failed'; readonly message: string };

/** One message the form shows the user now. */
export interface SkjemaValidationMessage {
  readonly severity: Severity;
  /** The message as the user reads it, in the element's language. */
  readonly message: string;
  /** The component it is shown at (indexed id), when it belongs to one. */
  readonly componentId?: string;
  /** The data-model field it is about (`applicant.email`), when it concerns one. */
  readonly field?: string;
}

/**
 * `skjema-validation`: what the user is shown changed (a message appeared or went away). Standalone,
 * the messages shown in the form; connected, the backend's issues.
 */
export interface SkjemaValidationDetail {
  /** Error-severity messages: they block moving on and submitting. */
  readonly errors: number;
  readonly warnings: number;
  readonly messages: readonly SkjemaValidationMessage[];
}

/** `skjema-process` (connected only): the instance's process moved to a task, or ended. */
export interface SkjemaProcessDetail {
  /** The task the process is at now; undefined once it has ended. */
  readonly taskId: string | undefined;
  readonly ended: boolean;
  readonly process: AppProcessState;
}

/**
 * `skjema-error`: the app could not be loaded as given (broken files, a `src` that could not be
 * fetched). The element shows the same problem to the user, located; with `fatal: false` the rest
 * of the form renders and works.
 */
export interface SkjemaErrorDetail {
  readonly fatal: boolean;
  /** One line per problem: file, JSON pointer, component and what is wrong. */
  readonly message: string;
  /** The problems as `loadLayoutSet` found them (empty when the app could not be fetched). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Every event `<skjema-form>` dispatches, with its `detail`. All bubble and cross shadow roots. */
export interface SkjemaFormEventMap {
  'skjema-submit': CustomEvent<SkjemaSubmitDetail>;
  'skjema-save': CustomEvent<SkjemaSaveDetail>;
  'skjema-validation': CustomEvent<SkjemaValidationDetail>;
  'skjema-process': CustomEvent<SkjemaProcessDetail>;
  'skjema-error': CustomEvent<SkjemaErrorDetail>;
}

export type SkjemaFormEventName = keyof SkjemaFormEventMap;
export type SkjemaFormEventDetail<Name extends SkjemaFormEventName> =
  SkjemaFormEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/** Dispatches one of the element's events: bubbling and composed, so a listener on `document` hears it. */
export function dispatchSkjemaEvent<Name extends SkjemaFormEventName>(
  target: EventTarget,
  name: Name,
  detail: SkjemaFormEventDetail<Name>,
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementTagNameMap {
    'skjema-form': SkjemaFormElement;
  }
}
