import type { SavedModel } from '../save/saveScheduler.ts';
import type { FormSession } from '../session/types.ts';
import type { NodeIssue, Severity } from '../validation/types.ts';

/** Where an event happened: the page of the form, and the process task when the form belongs to one. */
interface AnalyticsPlace {
  readonly page: string;
  readonly taskId?: string;
}

/** A page of the form became the one shown. */
export interface PageViewedEvent extends AnalyticsPlace {
  readonly type: 'pageViewed';
}

/** The user left a page (another page, the form closed, or the browser tab hidden): how long it was shown. */
export interface TimeOnPageEvent extends AnalyticsPlace {
  readonly type: 'timeOnPage';
  readonly durationMs: number;
}

/** One message the form showed, by its text key (never the text with the user's values filled in). */
export interface ShownValidationMessage {
  readonly textKey: string;
  /** The component that shows it (its id in the layout, without row indexes). */
  readonly componentId: string;
  readonly severity: Severity;
  /** How many times it is shown now (once per row of a repeating group). */
  readonly count: number;
}

/** Messages appeared on the form that were not shown a moment before (a blocked page change, a field left…). */
export interface ValidationShownEvent extends AnalyticsPlace {
  readonly type: 'validationShown';
  readonly messages: readonly ShownValidationMessage[];
  readonly counts: Readonly<Record<Severity, number>>;
}

/** A save finished: how long from handing the data over to the answer, and whether it was stored. */
export interface SaveCompletedEvent {
  readonly type: 'saveCompleted';
  readonly taskId?: string;
  readonly durationMs: number;
  readonly ok: boolean;
  readonly dataTypes: readonly string[];
}

/** The user submitted and the form delivered (nothing blocked, the data saved). */
export interface SubmittedEvent extends AnalyticsPlace {
  readonly type: 'submitted';
}

/** The browser tab was hidden or closed before the form was submitted. */
export interface AbandonedEvent extends AnalyticsPlace {
  readonly type: 'abandoned';
  /** Whether changes were still unsaved (being saved, or waiting for the quiet period or a failed save's retry). */
  readonly unsaved: boolean;
}

/**
 * What a form tells a host's analytics: plain objects, told to `onAnalytics` and nowhere else.
 * They carry page names, task ids, text keys, counts and durations — never what the user typed.
 */
export type FormAnalyticsEvent =
  PageViewedEvent | TimeOnPageEvent | ValidationShownEvent | SaveCompletedEvent | SubmittedEvent | AbandonedEvent;

export type FormAnalyticsEventType = FormAnalyticsEvent['type'];

export interface FormAnalyticsOptions {
  /** The process task the form belongs to, added to every event. */
  readonly taskId?: string;
  /** Milliseconds for durations; default `performance.now()`. */
  readonly now?: () => number;
}

/**
 * Turns what happens in a form session into `FormAnalyticsEvent`s. Made before the session, so
 * that the session's `save` and `onSubmit` can be wrapped; then `attach`ed to the session. A
 * renderer tells it when the browser hides or shows the page (`hidden`, `shown`).
 */
export interface FormAnalytics {
  /** `save` measured: a `saveCompleted` event for each call. */
  timedSave(save: (models: SavedModel[]) => void | Promise<void>): (models: SavedModel[]) => Promise<void>;
  /** The form delivered: a `submitted` event (at most one per form). */
  submitted(): void;
  /** Starts listening to the session: a `pageViewed` now, and events as the user goes. Returns `detach`. */
  attach(session: FormSession): () => void;
  /** The page is no longer seen (tab hidden, page closed): time on the page, and `abandoned` before submit. */
  hidden(): void;
  /** The page is seen again: the time on the current page counts from now. */
  shown(): void;
  /** The form closes: time on the page it was on. */
  leave(): void;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'success'];

/** Makes a form's analytics; `emit` hears each event once, in the order they happen. */
export function createFormAnalytics(
  emit: (event: FormAnalyticsEvent) => void,
  options: FormAnalyticsOptions = {},
): FormAnalytics {
  const now = options.now ?? (() => performance.now());
  const taskPart = options.taskId === undefined ? {} : { taskId: options.taskId };
  let session: FormSession | undefined;
  /** The page last viewed, and since when it is seen (undefined while the browser hides it). */
  let current: string | undefined;
  let since: number | undefined;
  let hiddenNow = false;
  let wasSubmitted = false;
  let shownKeys = new Set<string>();
  let lastVisible: readonly NodeIssue[] | undefined;

  const place = (page: string) => ({ page, ...taskPart });
  const endView = () => {
    if (current === undefined || since === undefined) return;
    emit({ type: 'timeOnPage', ...place(current), durationMs: Math.max(0, Math.round(now() - since)) });
    since = undefined;
  };
  const pageChanged = () => {
    const page = session?.navigation.current();
    if (page === current) return;
    endView();
    current = page;
    if (page === undefined) return;
    since = hiddenNow ? undefined : now();
    emit({ type: 'pageViewed', ...place(page) });
  };
  const validationChanged = () => {
    if (!session) return;
    const visible = session.validator.visibleIssues();
    // The validator tells of every change, many of which (a keystroke in a valid field) leave the
    // shown list as it was; the list is the same object until it changes, so those cost nothing.
    if (visible === lastVisible) return;
    lastVisible = visible;
    const keys = new Set(visible.map((issue) => issue.key));
    const appeared = visible.some((issue) => !shownKeys.has(issue.key));
    shownKeys = keys;
    if (!appeared) return;
    const byMessage = new Map<string, { textKey: string; componentId: string; severity: Severity; count: number }>();
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, success: 0 };
    for (const issue of visible) {
      counts[issue.severity]++;
      const id = `${issue.severity}\u0000${issue.textKey}\u0000${issue.baseId}`;
      const entry = byMessage.get(id) ?? {
        textKey: issue.textKey,
        componentId: issue.baseId,
        severity: issue.severity,
        count: 0,
      };
      entry.count++;
      byMessage.set(id, entry);
    }
    const messages = [...byMessage.values()].sort(
      (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.count - a.count,
    );
    emit({
      type: 'validationShown',
      ...place(session.navigation.current() ?? current ?? ''),
      messages,
      counts,
    });
  };

  return {
    timedSave(save) {
      return async (models) => {
        const started = now();
        const report = (ok: boolean) =>
          emit({
            type: 'saveCompleted',
            ...taskPart,
            durationMs: Math.max(0, Math.round(now() - started)),
            ok,
            dataTypes: models.map((model) => model.dataType),
          });
        try {
          await save(models);
        } catch (error) {
          report(false);
          throw error;
        }
        report(true);
      };
    },
    submitted() {
      if (wasSubmitted) return;
      wasSubmitted = true;
      emit({ type: 'submitted', ...place(current ?? session?.navigation.current() ?? '') });
    },
    attach(attached) {
      session = attached;
      lastVisible = attached.validator.visibleIssues();
      shownKeys = new Set(lastVisible.map((issue) => issue.key));
      pageChanged();
      const stopNavigation = attached.navigation.subscribe(pageChanged);
      const stopValidation = attached.validator.subscribe(validationChanged);
      return () => {
        stopNavigation();
        stopValidation();
        if (session === attached) session = undefined;
      };
    },
    hidden() {
      if (hiddenNow) return;
      endView();
      hiddenNow = true;
      if (!wasSubmitted && current !== undefined) {
        emit({ type: 'abandoned', ...place(current), unsaved: session?.saveScheduler?.pending ?? false });
      }
    },
    shown() {
      if (!hiddenNow) return;
      hiddenNow = false;
      pageChanged();
      // Back on the same page: its time counts again from now, without a second pageViewed.
      if (current !== undefined && since === undefined) since = now();
    },
    leave() {
      endView();
      current = undefined;
    },
  };
}
