import { useCallback, useState, useSyncExternalStore } from 'react';
import { useFormContext } from '../context/FormContext.ts';
import { useTextResolver } from '../i18n/useTexts.ts';

/**
 * A polite live region that tells screen-reader users when errors appear (WCAG 2.2 SC 4.1.3,
 * status messages): sighted users see the field turn red, everyone else hears how many errors
 * there are. It speaks only when the number of visible errors grows, not on every keystroke.
 */
export function ValidationAnnouncer() {
  const { validator } = useFormContext();
  const texts = useTextResolver();
  const subscribe = useCallback((onChange: () => void) => validator.subscribe(onChange), [validator]);
  const count = useSyncExternalStore(
    subscribe,
    () => validator.visibleIssues().filter((issue) => issue.severity === 'error').length,
  );
  // Adjusting state while rendering (React's pattern for reacting to a changed value) rather than
  // in an effect: the announcement is part of the same render as the errors it describes. The
  // number is kept, not the sentence, so that the region speaks the form's current language.
  const [announced, setAnnounced] = useState({ count, told: 0 });
  if (announced.count !== count) {
    const told = count > announced.count ? count : count === 0 ? 0 : announced.told;
    setAnnounced({ count, told });
  }
  const message =
    announced.told > 0 ? texts.resolve('form_filler.error_report_count', { params: [announced.told] }) : '';
  return (
    <div className="skjema-visually-hidden" aria-live="polite" aria-atomic="true" role="status">
      {message}
    </div>
  );
}
