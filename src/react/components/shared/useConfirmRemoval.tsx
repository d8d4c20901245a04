import { Button, Dialog, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';

interface Pending {
  label: string;
  run(): void;
}

/** What the dialog asks: removing a choice (Checkboxes, MultipleSelect) or changing it (RadioButtons, Dropdown). */
export type ConfirmKind = 'remove' | 'change';

const TEXT_KEYS: Record<ConfirmKind, { message: string; confirm: string }> = {
  remove: { message: 'form_filler.checkbox_alert', confirm: 'form_filler.alert_confirm' },
  change: { message: 'form_filler.change_alert', confirm: 'form_filler.change_alert_confirm' },
};

/**
 * `alertOnChange`: removing (or changing) a chosen value waits for a "yes" in a modal dialog. The
 * dialog is a native modal, so focus stays inside it and returns to the control that opened it,
 * and Escape cancels.
 */
export function useConfirmRemoval(
  node: FormNode,
  kind: ConfirmKind = 'remove',
): {
  /** Runs `run` at once, or after a "yes" when `alertOnChange` is on; `label` names the chosen value. */
  confirm(label: string, run: () => void): void;
  dialog: ReactNode;
} {
  const texts = useTextResolver();
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const messageId = useId();
  // The removal runs once the dialog has closed: while it is modal, the rest of the page is inert,
  // so the removal could not move the focus (MultipleSelect hands it to its button).
  const afterClose = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (pending !== undefined || !afterClose.current) return;
    const run = afterClose.current;
    afterClose.current = undefined;
    run();
  }, [pending]);
  const asks = node.evaluate('alertOnChange', 'boolean', false) === true;
  const confirm = (label: string, run: () => void) => (asks ? setPending({ label, run }) : run());
  const dialog = asks ? (
    <Dialog
      open={pending !== undefined}
      onClose={() => setPending(undefined)}
      // The native Escape only answers trusted key presses; this also serves scripted ones.
      onKeyDown={(event) => event.key === 'Escape' && setPending(undefined)}
      closeButton={false}
      aria-labelledby={messageId}
      data-size="sm"
    >
      <Paragraph id={messageId}>{texts.resolve(TEXT_KEYS[kind].message, { params: [pending?.label ?? ''] })}</Paragraph>
      <div className="skjema-button-row">
        <Button
          type="button"
          data-color="danger"
          onClick={() => {
            afterClose.current = pending?.run;
            setPending(undefined);
          }}
        >
          {texts.resolve(TEXT_KEYS[kind].confirm)}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setPending(undefined)}>
          {texts.resolve('general.cancel')}
        </Button>
      </div>
    </Dialog>
  ) : null;
  return { confirm, dialog };
}
