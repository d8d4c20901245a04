import { createContext, useContext } from 'react';
import type { FormEngine } from '../../core/form/index.ts';
import type { FormSession, NavigationValidation } from '../../core/session/index.ts';
import type { FormValidator, PageValidationConfig } from '../../core/validation/index.ts';
import type { ComponentRegistry } from '../registry/ComponentRegistry.ts';

export interface FormNavigation {
  /** Pages the user can visit now, in order (hidden pages are left out). */
  pages: readonly string[];
  current: string;
  goTo(page: string): void;
  /**
   * Goes to the next page unless validation stops it: the button's `validateOnNext` (or the
   * page's/Settings' `validationOnNavigation`) decides what is checked. Returns whether it moved.
   */
  next(validation?: PageValidationConfig): boolean;
  previous(validation?: PageValidationConfig): boolean;
  /**
   * Goes to a page chosen in a navigation: forward is checked as `next` would be (or by
   * `validation.forward`), back only by `validation.backward`. Returns whether it moved.
   */
  navigate(page: string, validation?: NavigationValidation): boolean;
  /**
   * Checks the current page as a button's own `validation` asks (CustomButton actions), without
   * moving; errors that block open the error report. Returns whether the action may go on.
   */
  validate(validation: PageValidationConfig): boolean;
}

/** Where a summary's change button came from, so the navigation can offer the way back. */
export interface SummaryReturn {
  /** The page holding the summary. */
  page: string;
  /** DOM id of the summary entry to focus on return. */
  focusId: string;
  /** Text key or text for the button (Summary's `returnToSummaryButtonTitle`); default `navigation.back_to_summary`. */
  buttonText?: string;
  /** Also show the next button (Summary's `display.nextButton`). */
  showNext?: boolean;
}

export interface FormContextValue {
  /** The running form; every data change goes through `session.write`. */
  session: FormSession;
  /** `session.engine`. */
  engine: FormEngine;
  registry: ComponentRegistry;
  navigation: FormNavigation;
  /** `session.validator`. */
  validator: FormValidator;
  /** Validates everything; submits only when no error blocks. */
  submit(): void;
  /** Shows a component: goes to its page and moves focus to its field once it is rendered. */
  focusNode(nodeId: string, page: string, from?: SummaryReturn): void;
  /** Set after a summary's change button took the user to another page; cleared by other navigation. */
  returnToSummary?: SummaryReturn;
  /** Goes back to the summary in `returnToSummary` and focuses the entry the user came from. */
  backToSummary(): void;
  /** A node the form wants focused once it is on screen (containers open the row holding it). */
  pendingFocus: string | undefined;
  /**
   * How many attachments an upload component holds, for the min/max attachment checks; reported
   * for every upload in the form, opened or not (render/OutsideDataChecks.tsx).
   */
  reportAttachments(nodeId: string, count: number): void;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('skjema components must be rendered inside <SkjemaForm>.');
  return value;
}
