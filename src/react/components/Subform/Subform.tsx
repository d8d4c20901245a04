import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { SubformEntry, SubformEntryService } from '../../../core/services/subformEntries.ts';
import { useSubformEditorHost } from '../../context/SubformEditor.ts';
import { addSubformEntry } from '../../context/SubformScope.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { cellText, columnsOf } from './subformConfig.ts';
import { useSubformEntries } from './useSubformEntries.ts';

/**
 * The entries of a subform (data elements of another layout set) as a table with add, edit and
 * delete. Adding creates the entry and opens it; an opened entry's pages replace the main form
 * (see `SubformEditorHost`) until a `closeSubform` button saves it. That needs the subform's own
 * layout set (`SkjemaForm`'s `subformLayoutSets`): without it the edit button says the entry
 * cannot be opened here.
 *
 * The set's data type also gives the number of entries allowed (`minCount`/`maxCount` in the
 * application metadata), and each entry is checked against its own pages: too few entries, or an
 * entry with errors, is an error on this component, reported to the form's validator by
 * `OutsideDataChecks` whether or not the component is on screen.
 */
export function Subform({ node }: SkjemaComponentProps) {
  const { readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const addText = useNodeText(node, 'addButton', { plain: true });
  const editText = useNodeText(node, 'tableEditButton', { plain: true });
  const texts = useTextResolver();
  const entryStore: SubformEntryService = useFormServices();
  const {
    config,
    layoutSetId,
    parentEntryId,
    listKey,
    subformSet,
    entries,
    names,
    failed,
    read,
    cache,
    withErrors,
    maxCount,
  } = useSubformEntries(node);
  const host = useSubformEditorHost();
  // The notice's text key, resolved when shown, so that it follows a language switch.
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const noticeKey = notice ?? (failed ? 'general.error_message' : undefined);
  const shownNotice = noticeKey === undefined ? undefined : texts.resolve(noticeKey);
  const change = (changeEntries: (entries: readonly SubformEntry[]) => readonly SubformEntry[]) =>
    cache.update(listKey, changeEntries);
  const columns = columnsOf(config);
  const editButtonId = (entry: SubformEntry) => `${node.id}-edit-${entry.id}`;
  const open = (entry: SubformEntry) => {
    if (!subformSet || !host) {
      setNotice('subform.edit_unavailable');
      return;
    }
    setNotice(undefined);
    host.open({
      layoutSet: subformSet,
      entry,
      returnFocusTo: editButtonId(entry),
      save: async (data) => {
        const saved = await entryStore.saveSubformEntry(layoutSetId, entry.id, data);
        change((previous) => previous.map((candidate) => (candidate.id === saved.id ? saved : candidate)));
      },
    });
  };
  const add = () =>
    addSubformEntry(entryStore, layoutSetId, parentEntryId).then(
      (entry) => {
        change((previous) => [...previous, entry]);
        // As in the reference, a new entry is opened at once to be filled in.
        if (subformSet && host) open(entry);
      },
      () => setNotice('general.error_message'),
    );
  const remove = (id: string) =>
    entryStore.deleteSubformEntry(layoutSetId, id).then(
      () => change((previous) => previous.filter((entry) => entry.id !== id)),
      () => setNotice('general.error_message'),
    );
  const canDelete = config.showDeleteButton !== false && !readOnly;
  const atMax = maxCount !== undefined && entries.length >= maxCount;
  const rawEditText = (config.textResourceBindings ?? {}).tableEditButton;
  // An expression here reads the entry's data (subform-test: `["dataModel", "Merke"]`); without
  // the entry's layout set it can only be what the main form makes of it.
  const editTextOf = (entry: SubformEntry) => {
    const own = subformSet && Array.isArray(rawEditText) ? read(entry, rawEditText) : undefined;
    return own === undefined ? editText : texts.resolve(own);
  };
  const errorMarkId = (entry: SubformEntry) => `${node.id}-errors-${entry.id}`;
  return (
    <div id={node.id} className="skjema-field-stack">
      <div className="skjema-table-scroll">
        <Table data-size="sm">
          {title !== undefined && (
            <caption>
              <Markdown text={title} inline />
            </caption>
          )}
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableHeaderCell key={index}>{texts.resolve(column.headerContent)}</TableHeaderCell>
              ))}
              {!readOnly && <TableHeaderCell>{texts.resolve('general.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map((entry, index) => {
              const name = names[index];
              const entryEditText = editTextOf(entry);
              const hasErrors = withErrors.has(entry.id);
              // Named in the row itself, so it is read with the row and does not rely on colour.
              const errorMark = hasErrors && (
                <ValidationMessage id={errorMarkId(entry)} data-size="sm">
                  {texts.resolve('subform.entry_has_errors')}
                </ValidationMessage>
              );
              return (
                <TableRow key={entry.id}>
                  {columns.map((column, c) => (
                    <TableCell key={c}>
                      {cellText(entry, column, read, texts)}
                      {c === 0 && errorMark}
                    </TableCell>
                  ))}
                  {!readOnly && (
                    <TableCell>
                      {columns.length === 0 && errorMark}
                      <Button
                        id={editButtonId(entry)}
                        type="button"
                        variant="tertiary"
                        data-size="sm"
                        // A layout's own button text stays the start of the name (WCAG 2.5.3 label in name).
                        aria-label={
                          entryEditText === undefined
                            ? texts.resolve('subform.edit_entry', { params: [name] })
                            : undefined
                        }
                        aria-describedby={hasErrors ? errorMarkId(entry) : undefined}
                        onClick={() => open(entry)}
                      >
                        {entryEditText ?? texts.resolve('general.edit')}
                        {entryEditText !== undefined && (
                          <>
                            {' '}
                            <span className="ds-sr-only">{name}</span>
                          </>
                        )}
                      </Button>
                      {canDelete && (
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          data-color="danger"
                          aria-label={texts.resolve('subform.delete_entry', { params: [name] })}
                          onClick={() => void remove(entry.id)}
                        >
                          {texts.resolve('general.delete')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {description && (
        <Paragraph data-size="sm">
          <Markdown text={description} inline />
        </Paragraph>
      )}
      {entries.length === 0 && <Paragraph data-size="sm">{texts.resolve('subform.no_entries')}</Paragraph>}
      <div role="status">{shownNotice && <Paragraph data-size="sm">{shownNotice}</Paragraph>}</div>
      {config.showAddButton !== false && !readOnly && atMax && (
        // The button is gone rather than disabled: a disabled button is skipped by keyboard users
        // and says nothing of why; this text says it where the button was.
        <Paragraph data-size="sm">
          {texts.resolve('form_filler.error_max_count_reached_subform_local', { params: [maxCount] })}
        </Paragraph>
      )}
      {config.showAddButton !== false && !readOnly && !atMax && (
        <div>
          <Button type="button" variant="secondary" onClick={() => void add()}>
            {texts.resolve('general.add')}
            {addText ? ` ${addText}` : ''}
          </Button>
        </div>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </div>
  );
}
