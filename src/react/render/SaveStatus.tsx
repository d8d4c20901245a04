import { Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useSyncExternalStore } from 'react';
import type { SaveScheduler } from '../../core/save/index.ts';
import { useText } from '../i18n/useTexts.ts';

/**
 * Says nothing while saving works. When a save fails it says, politely and without blocking, that
 * the changes are not saved yet; the live region exists from the start so screen readers hear it.
 */
export function SaveStatus({ scheduler }: { scheduler: SaveScheduler }) {
  const subscribe = useCallback((onChange: () => void) => scheduler.subscribe(onChange), [scheduler]);
  const failed = useSyncExternalStore(subscribe, () => scheduler.failed);
  const message = useText('form_filler.save_failed');
  return (
    <div role="status" aria-live="polite" className="skjema-save-status">
      {failed && (
        <Paragraph data-size="sm" data-color="warning">
          {message}
        </Paragraph>
      )}
    </div>
  );
}
