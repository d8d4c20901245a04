/**
 * One form description per case; every library's form is generated from it, so each library
 * renders the same fields with the same labels and the same data.
 */
export interface BenchCase {
  id: string;
  /** Top-level text fields. */
  fields: number;
  /** Rows of the repeating group (0 = no group); every row holds GROUP_COLUMNS text fields. */
  rows: number;
  /** Rows per table page (the RepeatingGroup's `pagination.rowsPerPage`); absent = one page of every row. */
  rowsPerPage?: number;
  /** The libraries that run the case, when not all of them can in reasonable time. */
  libraries?: readonly ('hand' | 'rjsf' | 'jsonforms' | 'skjema')[];
  /** Pages per library for this case, when fewer than BENCH_RUNS keep the whole bench in its time. */
  runs?: number;
}

export const GROUP_COLUMNS = 5;

export const CASES: BenchCase[] = [
  { id: 'flat-1000', fields: 1000, rows: 0 },
  { id: 'group-1000', fields: 0, rows: 1000 },
  // 10,000 rows as an Altinn author would show them: a table of 20 rows a page. rjsf and JSON Forms
  // have no paged array (every row is open as inputs), and at 50,000 inputs take minutes a page.
  { id: 'group-10000', fields: 0, rows: 10000, rowsPerPage: 20, libraries: ['hand', 'skjema'], runs: 3 },
];

export const fieldKey = (index: number) => `field${index + 1}`;
export const fieldLabel = (index: number) => `Field ${index + 1}`;
export const columnKey = (column: number) => `col${column + 1}`;
export const columnLabel = (column: number) => `Column ${column + 1}`;

/** The data every library starts with: empty fields, rows with a short text in each cell. */
export function initialData(benchCase: BenchCase): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (benchCase.rows > 0) {
    data.rows = Array.from({ length: benchCase.rows }, (_, row) =>
      Object.fromEntries(
        Array.from({ length: GROUP_COLUMNS }, (_, column) => [columnKey(column), `r${row + 1}c${column + 1}`]),
      ),
    );
  }
  return data;
}

/** The JSON Schema of the data model, shared by skjema, rjsf and JSON Forms. */
export function dataSchema(benchCase: BenchCase): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (let index = 0; index < benchCase.fields; index++) {
    properties[fieldKey(index)] = { type: 'string', title: fieldLabel(index) };
  }
  if (benchCase.rows > 0) {
    properties.rows = {
      type: 'array',
      title: 'Rows',
      items: {
        type: 'object',
        properties: Object.fromEntries(
          Array.from({ length: GROUP_COLUMNS }, (_, column) => [
            columnKey(column),
            { type: 'string', title: columnLabel(column) },
          ]),
        ),
      },
    };
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties };
}
