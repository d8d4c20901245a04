import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GROUP_COLUMNS, columnKey, columnLabel, fieldKey, fieldLabel, type BenchCase } from '../../description.ts';
import { install, markMountWhen, measureClick, middle, readPayload } from '../harness.ts';

// The baseline: a form written by hand, every value in one useState.
type Row = Record<string, string>;
const payload = readPayload<{ case: BenchCase; data: { rows?: Row[] } }>();
const { fields, rows, rowsPerPage } = payload.case;
// Rows keep a key of their own, so deleting one does not re-key the rows after it.
let nextKey = 0;
const keyed = (row: Row) => ({ key: String(nextKey++), row });

function HandForm() {
  const [values, setValues] = useState<Record<string, string>>({});
  const [rowValues, setRowValues] = useState(() => (payload.data.rows ?? []).map(keyed));
  const [page, setPage] = useState(0);
  // Without paging every row is on page 0.
  const pageSize = rowsPerPage ?? Number.POSITIVE_INFINITY;
  const shown = rowsPerPage ? rowValues.slice(page * pageSize, (page + 1) * pageSize) : rowValues;
  const pageCount = rowsPerPage ? Math.max(1, Math.ceil(rowValues.length / pageSize)) : 1;
  const add = () => {
    const next = [...rowValues, keyed({})];
    setRowValues(next);
    if (rowsPerPage) setPage(Math.floor((next.length - 1) / pageSize));
  };
  const remove = (key: string) => {
    const next = rowValues.filter((entry) => entry.key !== key);
    setRowValues(next);
    if (rowsPerPage) setPage(Math.min(page, Math.max(0, Math.ceil(next.length / pageSize) - 1)));
  };
  return (
    <form>
      {Array.from({ length: fields }, (_, index) => (
        <div key={index}>
          <label htmlFor={fieldKey(index)}>{fieldLabel(index)}</label>
          <input
            id={fieldKey(index)}
            value={values[fieldKey(index)] ?? ''}
            onChange={(event) => setValues({ ...values, [fieldKey(index)]: event.target.value })}
          />
        </div>
      ))}
      {rows > 0 && (
        <>
          <table>
            <thead>
              <tr>
                {Array.from({ length: GROUP_COLUMNS }, (_, column) => (
                  <th key={column}>{columnLabel(column)}</th>
                ))}
                <th />
              </tr>
            </thead>
            <tbody>
              {shown.map(({ key, row }, at) => (
                <tr key={key} data-row-key={key}>
                  {Array.from({ length: GROUP_COLUMNS }, (_, column) => (
                    <td key={column}>
                      <input
                        aria-label={`${columnLabel(column)} ${page * pageSize + at + 1}`}
                        value={row[columnKey(column)] ?? ''}
                        onChange={(event) =>
                          setRowValues(
                            rowValues.map((old) =>
                              old.key === key
                                ? { key, row: { ...old.row, [columnKey(column)]: event.target.value } }
                                : old,
                            ),
                          )
                        }
                      />
                    </td>
                  ))}
                  <td>
                    <button type="button" data-delete onClick={() => remove(key)}>
                      Delete row {page * pageSize + at + 1}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {pageCount > 1 && (
            <nav>
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                Back
              </button>
              {page + 1} / {pageCount}
              <button type="button" disabled={page >= pageCount - 1} onClick={() => setPage(page + 1)}>
                Next
              </button>
            </nav>
          )}
          <button type="button" data-add onClick={add}>
            Add row
          </button>
        </>
      )}
    </form>
  );
}

const shownRows = () => document.querySelectorAll<HTMLElement>('tbody tr');
install({
  target: (kind) =>
    kind === 'field'
      ? document.querySelectorAll('input')[middle(fields)]
      : (shownRows()[middle(shownRows().length)]?.querySelector('input') ?? null),
  addRow: () => {
    const key = String(nextKey);
    return measureClick(document.querySelector<HTMLElement>('[data-add]'), () =>
      Boolean(document.querySelector(`tr[data-row-key="${key}"] input`)),
    );
  },
  deleteRow: () => {
    const row = shownRows()[middle(shownRows().length)];
    const key = row?.dataset.rowKey ?? '';
    return measureClick(
      row?.querySelector<HTMLElement>('[data-delete]'),
      () => !document.querySelector(`tr[data-row-key="${key}"]`),
    );
  },
});
markMountWhen(
  () => document.querySelectorAll('input').length >= fields + Math.min(rows, rowsPerPage ?? rows) * GROUP_COLUMNS,
);
createRoot(document.getElementById('root')!).render(<HandForm />);
