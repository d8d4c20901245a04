import {
  GROUP_COLUMNS,
  columnKey,
  columnLabel,
  dataSchema,
  fieldKey,
  fieldLabel,
  initialData,
  type BenchCase,
} from './description.ts';

export type Library = 'hand' | 'rjsf' | 'jsonforms' | 'skjema';
export const LIBRARIES: Library[] = ['hand', 'rjsf', 'jsonforms', 'skjema'];

/** What a library's page receives, embedded in the page as JSON. */
export type CasePayload = { case: BenchCase; data: Record<string, unknown> } & Record<string, unknown>;

export function payloadFor(library: Library, benchCase: BenchCase): CasePayload {
  const base = { case: benchCase, data: initialData(benchCase) };
  switch (library) {
    case 'hand':
      return base;
    case 'rjsf':
      // rjsf renders every property of the schema; an array of objects is every row open, as its docs show.
      return { ...base, schema: { ...dataSchema(benchCase), $schema: undefined }, uiSchema: {} };
    case 'jsonforms':
      return {
        ...base,
        schema: { ...dataSchema(benchCase), $schema: undefined },
        uischema: jsonFormsUiSchema(benchCase),
      };
    case 'skjema':
      return { ...base, appFiles: altinnApp(benchCase) };
  }
}

function jsonFormsUiSchema(benchCase: BenchCase) {
  const elements: unknown[] = [];
  for (let index = 0; index < benchCase.fields; index++) {
    elements.push({ type: 'Control', scope: `#/properties/${fieldKey(index)}` });
  }
  // The vanilla array renderer for an array of objects is a table with a cell per property.
  if (benchCase.rows > 0) elements.push({ type: 'Control', scope: '#/properties/rows' });
  return { type: 'VerticalLayout', elements };
}

/** The same form as an Altinn app (v8 layout set): one page, Input components, a table-mode RepeatingGroup. */
export function altinnApp(benchCase: BenchCase): Record<string, unknown> {
  const layout: Record<string, unknown>[] = [];
  const resources: { id: string; value: string }[] = [];
  for (let index = 0; index < benchCase.fields; index++) {
    layout.push({
      id: fieldKey(index),
      type: 'Input',
      dataModelBindings: { simpleBinding: fieldKey(index) },
      textResourceBindings: { title: `${fieldKey(index)}.title` },
    });
    resources.push({ id: `${fieldKey(index)}.title`, value: fieldLabel(index) });
  }
  if (benchCase.rows > 0) {
    const children: string[] = [];
    for (let column = 0; column < GROUP_COLUMNS; column++) {
      children.push(columnKey(column));
      layout.push({
        id: columnKey(column),
        type: 'Input',
        dataModelBindings: { simpleBinding: `rows.${columnKey(column)}` },
        textResourceBindings: { title: `${columnKey(column)}.title` },
      });
      resources.push({ id: `${columnKey(column)}.title`, value: columnLabel(column) });
    }
    // Table mode (paginated where the case says): the rows are text, one row opens to edit.
    layout.splice(benchCase.fields, 0, {
      id: 'rows',
      type: 'RepeatingGroup',
      dataModelBindings: { group: 'rows' },
      textResourceBindings: { title: 'rows.title' },
      maxCount: 100000,
      ...(benchCase.rowsPerPage ? { pagination: { rowsPerPage: benchCase.rowsPerPage } } : {}),
      children,
    });
    resources.push({ id: 'rows.title', value: 'Rows' });
  }
  const schema = dataSchema(benchCase);
  const rows = (schema.properties as Record<string, { items?: { properties: Record<string, unknown> } }>).rows;
  if (rows?.items) rows.items.properties.altinnRowId = { type: 'string' };
  return {
    'App/config/applicationmetadata.json': {
      id: 'bench/form',
      org: 'bench',
      title: { nb: 'Benchmark' },
      dataTypes: [
        {
          id: 'model',
          allowedContentTypes: ['application/xml'],
          appLogic: { classRef: 'Altinn.App.Models.Model' },
          taskId: 'Task_1',
          maxCount: 1,
          minCount: 1,
        },
      ],
      partyTypesAllowed: { bankruptcyEstate: false, organisation: false, person: false, subUnit: false },
    },
    'App/ui/layout-sets.json': { sets: [{ id: 'form', dataType: 'model', tasks: ['Task_1'] }] },
    'App/ui/form/Settings.json': { pages: { order: ['page1'] } },
    'App/ui/form/layouts/page1.json': { data: { layout } },
    'App/models/model.schema.json': schema,
    'App/config/texts/resource.nb.json': { language: 'nb', resources },
  };
}
