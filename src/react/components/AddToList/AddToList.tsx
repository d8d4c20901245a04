import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useEffect, useId, useRef, useState } from 'react';
import { addRow, removeRow } from '../../../core/rows/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { headingLevelOf, headingSizeOf } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ItemDialog } from './ItemDialog.tsx';
import { ItemRowsTable, rowKeyOf, useValueWords } from './ItemRowsTable.tsx';
import { rowName } from './rowText.ts';
import { useAddToListTitle } from './useAddToListTitle.ts';
import { useItemEntries } from './useItemEntries.ts';
import { useItemRows } from './useItemRows.ts';
import { plainText } from '../../../core/texts/textValues.ts';
import { TextMarkup } from '../../../core/texts/textResolver.ts';

/** Which row the dialog is filling in: a new one, or the stored row with this key. */
type Editing = { kind: 'add' } | { kind: 'edit'; key: string };

type Status = 'added' | 'saved' | 'deleted';

const STATUS_TEXT: Record<Status, string> = {
  added: 'add_to_list.added',
  saved: 'add_to_list.saved',
  deleted: 'add_to_list.deleted',
};

/**
 * Rows of the array bound as `data`, each filled in through a dialog whose fields come from the
 * data model's item schema: a table of the rows with a change and a delete button each, and a
 * button that adds one. The schema offers no switch for editing or deleting, so both are there
 * whenever the component is not read-only.
 */
export function AddToList({ node }: SkjemaComponentProps) {
  const { session: form } = useFormContext();
  const { readOnly: readOnlyState } = useNodeState(node);
  // A summary shows what was added; adding more belongs to the form itself.
  const readOnly = readOnlyState || (node.component as { renderAsSummary?: boolean }).renderAsSummary === true;
  const texts = useTextResolver();
  const binding = node.bindings.data;
  const title = useAddToListTitle(node);
  const shortName = useNodeText(node, 'shortName');
  const tableTitle = useNodeText(node, 'tableTitle');
  const entries = useItemEntries(node);
  const rows = useItemRows(node);
  const words = useValueWords();
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  // Each opening gets a fresh dialog, so its fields start from the row it was opened for.
  const [session, setSession] = useState(0);
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const addButton = useRef<HTMLButtonElement>(null);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterClose = useRef<HTMLElement | null>(null);
  const headingId = useId();
  const level = headingLevelOf(node);

  // While the dialog is modal the rest of the page is inert: focus can move back only once it has closed.
  useEffect(() => {
    if (editing) return;
    focusAfterClose.current?.focus();
    focusAfterClose.current = null;
  }, [editing]);

  const open = (next: Editing) => {
    setSession((previous) => previous + 1);
    setStatus(undefined);
    setEditing(next);
  };
  const close = () => {
    if (!editing) return;
    focusAfterClose.current =
      editing.kind === 'edit' ? (editButtons.current.get(editing.key) ?? null) : addButton.current;
    setEditing(undefined);
  };
  const editedIndex =
    editing?.kind === 'edit' ? rows.findIndex((row, index) => rowKeyOf(row, index) === editing.key) : -1;
  const save = (row: Record<string, unknown>) => {
    if (binding && editing?.kind === 'add') {
      form.write({ node, edit: (data) => addRow((dataType) => data.model(dataType), binding, undefined, row) });
    }
    if (binding && editedIndex >= 0) {
      form.write({
        node,
        binding: { dataType: binding.dataType, field: `${binding.field}[${editedIndex}]` },
        value: row,
      });
    }
    setStatus(editing?.kind === 'add' ? 'added' : 'saved');
    close();
  };
  const remove = (key: string) => {
    if (binding) form.write({ node, edit: (data) => removeRow((dataType) => data.model(dataType), binding, key) });
    setStatus('deleted');
    addButton.current?.focus();
  };

  // Marked for the dialog's Markdown heading; the button shows it as plain text.
  const named = (textKey: string, fallback: string) =>
    shortName ? texts.resolve(textKey, { params: [new TextMarkup(shortName)], markValues: true }) : fallback;
  const rowLabel = (row: unknown, index: number) => {
    const name = rowName(entries, row, words);
    return name
      ? texts.resolve('add_to_list.row_named', { params: [index + 1, name] })
      : texts.resolve('group.row_number', { params: [index + 1] });
  };

  return (
    // A group rather than a section: the table's scroll region is already a landmark by the same name.
    <div
      id={node.id}
      role="group"
      className="skjema-field-stack"
      aria-labelledby={title !== undefined ? headingId : undefined}
    >
      {title !== undefined && (
        <Heading id={headingId} level={level} data-size={headingSizeOf(level)}>
          <Markdown text={title} inline />
        </Heading>
      )}
      <Paragraph data-size="sm">{texts.resolve('add_to_list.rows', { params: [rows.length] })}</Paragraph>
      {rows.length > 0 && (
        <ItemRowsTable
          rows={rows}
          entries={entries}
          caption={tableTitle}
          label={title}
          actions={
            readOnly
              ? undefined
              : (row, index) => {
                  const key = rowKeyOf(row, index);
                  const label = rowLabel(row, index);
                  return (
                    <>
                      <Button
                        ref={(button) => {
                          if (button) editButtons.current.set(key, button);
                          else editButtons.current.delete(key);
                        }}
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        aria-haspopup="dialog"
                        onClick={() => open({ kind: 'edit', key })}
                      >
                        {texts.resolve('general.edit')} <span className="ds-sr-only">{label}</span>
                      </Button>
                      <Button
                        type="button"
                        variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        onClick={() => remove(key)}
                      >
                        {texts.resolve('general.delete')} <span className="ds-sr-only">{label}</span>
                      </Button>
                    </>
                  );
                }
          }
        />
      )}
      <div role="status">{status && <Paragraph data-size="sm">{texts.resolve(STATUS_TEXT[status])}</Paragraph>}</div>
      {!readOnly && (
        <div>
          <Button
            ref={addButton}
            type="button"
            variant="secondary"
            aria-describedby={shortName || title === undefined ? undefined : headingId}
            aria-haspopup="dialog"
            onClick={() => open({ kind: 'add' })}
          >
            {plainText(named('add_to_list.add_named', texts.resolve('general.add_new')))}
          </Button>
        </div>
      )}
      <ItemDialog
        key={session}
        open={editing !== undefined && (editing.kind === 'add' || editedIndex >= 0)}
        heading={
          editing?.kind === 'edit'
            ? named('add_to_list.edit_named', title ?? texts.resolve('general.edit'))
            : named('add_to_list.add_named', title ?? texts.resolve('general.add_new'))
        }
        headingLevel={level}
        submitText={texts.resolve(editing?.kind === 'edit' ? 'general.save' : 'general.add')}
        entries={entries}
        base={editedIndex >= 0 ? rows[editedIndex] : undefined}
        idPrefix={node.id}
        onSave={save}
        onCancel={close}
      />
    </div>
  );
}
