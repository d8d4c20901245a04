import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GROUP_COLUMNS, columnKey, columnLabel, fieldKey, fieldLabel, type BenchCase } from '../../description.ts';
import { install, markMountWhen, middle, readPayload } from '../harness.ts';

// The baseline: a form written by hand, every value in one useState.
type Row = Record<string, string>;
const payload = readPayload<{ case: BenchCase; data: { rows?: Row[] } }>();
const { fields, rows } = payload.case;

function HandForm() {
  const [values, setValues] = useState<Record<string, string>>({});
  const [rowValues, setRowValues] = useState<Row[]>(payload.data.rows ?? []);
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
        <table>
          <thead>
            <tr>
              {Array.from({ length: GROUP_COLUMNS }, (_, column) => (
                <th key={column}>{columnLabel(column)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rowValues.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {Array.from({ length: GROUP_COLUMNS }, (_, column) => (
                  <td key={column}>
                    <input
                      aria-label={`${columnLabel(column)} ${rowIndex + 1}`}
                      value={row[columnKey(column)] ?? ''}
                      onChange={(event) =>
                        setRowValues(
                          rowValues.map((old, at) =>
                            at === rowIndex ? { ...old, [columnKey(column)]: event.target.value } : old,
                          ),
                        )
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}

install({
  target: (kind) =>
    kind === 'field'
      ? document.querySelectorAll('input')[middle(fields)]
      : (document.querySelectorAll('tbody tr')[middle(rows)]?.querySelector('input') ?? null),
});
markMountWhen(() => document.querySelectorAll('input').length >= fields + rows * GROUP_COLUMNS);
createRoot(document.getElementById('root')!).render(<HandForm />);
