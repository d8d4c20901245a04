import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useText } from '../../i18n/useTexts.ts';

/** Visible text plus the row number for screen readers, so "Endre" in every row stays distinguishable. */
function RowLabel({ text, rowNumber }: { text: string; rowNumber: number }) {
  const suffix = useText('group.row_number', { params: [rowNumber] });
  return (
    <>
      {`${text} `}
      <span className="ds-sr-only">{suffix}</span>
    </>
  );
}

interface EditButtonProps {
  text: string;
  rowNumber: number;
  expanded: boolean;
  controls?: string;
  onClick(): void;
}

export function EditButton({ text, rowNumber, expanded, controls, onClick }: EditButtonProps) {
  return (
    <Button
      type="button"
      variant="tertiary"
      data-size="sm"
      data-row-action="edit"
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      onClick={onClick}
    >
      <RowLabel text={text} rowNumber={rowNumber} />
    </Button>
  );
}

interface DeleteButtonProps {
  text: string;
  rowNumber: number;
  /** `edit.alertOnDelete`: ask before deleting. */
  confirm: boolean;
  onDelete(): void;
}

/** Deletes a row, after an inline "are you sure?" step when the group asks for one. */
export function DeleteButton({ text, rowNumber, confirm, onDelete }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    if (!asking && wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (asking) return <DeleteConfirm onDelete={onDelete} onCancel={() => setAsking(false)} />;
  return (
    <Button
      ref={deleteRef}
      type="button"
      variant="tertiary"
      data-color="danger"
      data-size="sm"
      data-row-action="delete"
      onClick={() => (confirm ? setAsking(true) : onDelete())}
    >
      <RowLabel text={text} rowNumber={rowNumber} />
    </Button>
  );
}

/**
 * The "are you sure?" step, a component of its own so that its texts are looked up when it shows,
 * not in every row of a table page.
 */
function DeleteConfirm({ onDelete, onCancel }: { onDelete(): void; onCancel(): void }) {
  const message = useText('group.row_popover_delete_message');
  const yes = useText('group.row_popover_delete_button_confirm');
  const cancel = useText('general.cancel');
  const messageId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => confirmRef.current?.focus(), []);
  return (
    <div className="skjema-delete-confirm" role="group" aria-labelledby={messageId}>
      <Paragraph id={messageId} data-size="sm">
        {message}
      </Paragraph>
      <div className="skjema-button-row">
        <Button ref={confirmRef} type="button" data-color="danger" data-size="sm" onClick={onDelete}>
          {yes}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {cancel}
        </Button>
      </div>
    </div>
  );
}
