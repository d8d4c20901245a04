import { Paragraph } from '@digdir/designsystemet-react';
import { useAppTexts } from './AppTexts.ts';

/** Where the user's changes are, as the status line says it. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying' | 'offline' | 'failed';

const MESSAGE: Record<Exclude<SaveState, 'idle'>, string> = {
  saving: 'save_status.saving',
  saved: 'save_status.saved',
  retrying: 'save_status.retrying',
  offline: 'save_status.offline',
  failed: 'save_status.failed',
};

const COLOR: Partial<Record<SaveState, string>> = { retrying: 'warning', offline: 'warning', failed: 'danger' };

/**
 * A status line under the form: saving, saved, or not saved (offline, retrying, failed) with the
 * reassurance that the changes are kept. The live region exists from the start and is polite, so
 * screen readers hear changes without being interrupted while typing.
 */
export function SaveStatusIndicator({ state }: { state: SaveState }) {
  const { text } = useAppTexts();
  return (
    <div role="status" aria-live="polite" className="skjema-app-save-status" data-state={state}>
      {state !== 'idle' && (
        <Paragraph data-size="sm" data-color={COLOR[state]}>
          {text(MESSAGE[state])}
        </Paragraph>
      )}
    </div>
  );
}
