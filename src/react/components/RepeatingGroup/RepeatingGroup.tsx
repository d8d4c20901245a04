import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Heading } from '../../render/formHeadings.tsx';
import { useLayoutEffect, useRef } from 'react';
import type { RowNode } from '../../../core/tree/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useText } from '../../i18n/useTexts.ts';
import { GridTable } from '../Grid/GridTable.tsx';
import { sectionHeadingProps } from '../shared/headingLevel.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { AddButton } from './AddButton.tsx';
import { editFlag, repeatingGroupConfig, rowEditFlag, tableColumnIds } from './config.ts';
import { Pagination } from './Pagination.tsx';
import { DeleteButton, EditButton } from './RowButtons.tsx';
import { editorId, RowEditor } from './RowEditor.tsx';
import { RowsTable } from './RowsTable.tsx';
import { useGroupTexts } from './useGroupTexts.ts';
import { useRowEditing } from './useRowEditing.ts';
import { indexOfRow, useVisibleRows } from './useVisibleRows.ts';

/** Rows of an array in the data model, shown as a table with an edit view, or all open (`edit.mode`). */
export function RepeatingGroup({ node }: SkjemaComponentProps) {
  useNodeState(node);
  const container = useRef<HTMLDivElement>(null);
  const config = repeatingGroupConfig(node);
  const rows = useVisibleRows(node);
  const editing = useRowEditing(node, config, rows, container);
  // Table rows keep the buttons of the render that last changed them (see RowsTable), so the
  // buttons act through the latest editing state, not the one they were rendered with.
  const latest = useRef(editing);
  useLayoutEffect(() => {
    latest.current = editing;
  });
  const texts = useGroupTexts(node);
  const { title, description } = useFieldTexts(node);
  const minHint = useText('group.min_rows_hint', { params: [config.minCount] });
  const titleId = `${node.id}-title`;

  const showAdd = editFlag(node, 'addButton', true);
  const showDelete = (row: RowNode) => rowEditFlag(row, 'deleteButton', true);
  const showEdit = (row: RowNode) => rowEditFlag(row, 'editButton', true);

  const { mode } = config;
  const tableMode = mode !== 'showAll';
  const pageCount = config.rowsPerPage ? Math.max(1, Math.ceil(rows.length / config.rowsPerPage)) : 1;
  const page = Math.min(editing.page, pageCount - 1);
  const pageRows =
    tableMode && config.rowsPerPage ? rows.slice(page * config.rowsPerPage, (page + 1) * config.rowsPerPage) : rows;
  // The open row is nearly always on the page shown: ten thousand rows are searched only when not.
  const isOpen = (row: RowNode) => row.key === editing.editingKey;
  const open =
    tableMode && mode !== 'onlyTable' && editing.editingKey !== undefined
      ? (pageRows.find(isOpen) ?? rows.find(isOpen))
      : undefined;
  const hideTable = mode === 'hideTable' && open !== undefined;
  const addVisible = showAdd && (open === undefined || config.alwaysShowAddButton);

  const deleteButton = (row: RowNode) =>
    showDelete(row) ? (
      <DeleteButton
        text={texts.delete}
        rowNumber={row.index + 1}
        confirm={rowEditFlag(row, 'alertOnDelete', false)}
        onDelete={() => latest.current.remove(row)}
      />
    ) : null;

  const editorActions = (row: RowNode) => {
    const next = rows[indexOfRow(rows, row) + 1];
    return (
      <>
        {rowEditFlag(row, 'saveButton', true) && mode !== 'showAll' && (
          <Button type="button" variant="primary" onClick={editing.close}>
            {texts.save}
          </Button>
        )}
        {rowEditFlag(row, 'saveAndNextButton', false) && next && (
          <Button type="button" variant="secondary" onClick={() => editing.open(next.key)}>
            {texts.saveAndNext}
          </Button>
        )}
        {(mode === 'hideTable' || mode === 'showAll') && deleteButton(row)}
      </>
    );
  };

  const editor = (row: RowNode) => (
    <RowEditor
      row={row}
      config={config}
      texts={texts}
      innerPage={editing.innerPage}
      onInnerPage={editing.setInnerPage}
      actions={editorActions(row)}
    />
  );

  const rowActions = (row: RowNode) => {
    const isOpen = open?.key === row.key;
    return (
      <>
        {showEdit(row) && mode !== 'onlyTable' && (
          <EditButton
            text={isOpen ? texts.editClose : texts.editOpen}
            rowNumber={row.index + 1}
            expanded={isOpen}
            controls={editorId(row)}
            onClick={() => (isOpen ? latest.current.close() : latest.current.open(row.key))}
          />
        )}
        {deleteButton(row)}
      </>
    );
  };

  // What rowActions reads besides the row; the row's children render themselves.
  const rowActionsKey = (row: RowNode) =>
    [
      open?.key === row.key,
      showEdit(row) && mode !== 'onlyTable',
      showDelete(row),
      rowEditFlag(row, 'alertOnDelete', false),
      row.index,
      texts.editOpen,
      texts.editClose,
      texts.delete,
    ].join('\u0000');

  return (
    <div
      ref={container}
      role="group"
      id={node.id}
      className="skjema-repeating-group"
      aria-labelledby={title ? titleId : undefined}
    >
      {title && (
        <Heading id={titleId} {...sectionHeadingProps(node)} tabIndex={-1} data-group-heading>
          <Markdown text={title} inline />
        </Heading>
      )}
      {description && (
        <Paragraph data-size="sm" asChild>
          <div>
            <Markdown text={description} />
          </div>
        </Paragraph>
      )}
      {config.rowsBefore.length > 0 && <GridTable owner={node} rows={config.rowsBefore} property="rowsBefore" />}
      {tableMode && !hideTable && pageRows.length > 0 && (
        <RowsTable
          columns={tableColumnIds(node, config)}
          rows={pageRows}
          config={config}
          label={title}
          labelledBy={title ? titleId : undefined}
          hasActions={pageRows.some((row) => showDelete(row) || (showEdit(row) && mode !== 'onlyTable'))}
          actions={rowActions}
          actionsKey={rowActionsKey}
          expanded={(row) => (mode === 'showTable' && open?.key === row.key ? editor(row) : null)}
        />
      )}
      {tableMode && !hideTable && (
        <Pagination page={page} pageCount={pageCount} texts={texts} onPage={editing.setPage} />
      )}
      {hideTable && open && editor(open)}
      {mode === 'showAll' &&
        rows.map((row) => (
          <div key={row.key} data-row-key={row.key} className="skjema-row-all">
            {editor(row)}
          </div>
        ))}
      {config.minCount > 0 && rows.length < config.minCount && (
        <Paragraph data-size="sm" className="skjema-group-hint">
          {minHint}
        </Paragraph>
      )}
      {addVisible && (
        <AddButton
          text={texts.add}
          settings={config.addButton}
          maxCount={config.maxCount}
          atMax={rows.length >= config.maxCount}
          onAdd={editing.add}
        />
      )}
      {config.rowsAfter.length > 0 && <GridTable owner={node} rows={config.rowsAfter} property="rowsAfter" />}
    </div>
  );
}
