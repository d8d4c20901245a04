import { createFormEngine, type FormEngine } from '../../../src/core/form/index.ts';
import type { LoadedLayoutSet, RawComponent } from '../../../src/core/index.ts';
import { createFormValidator } from '../../../src/core/validation/index.ts';
import type { FormValidator, FormValidatorOptions } from '../../../src/core/validation/index.ts';
import { schemaOptions } from '../../support/schemaBackends.ts';

export function layoutSet(
  pages: Record<string, RawComponent[]>,
  extra: Partial<LoadedLayoutSet> = {},
): LoadedLayoutSet {
  return {
    id: 'form',
    dataType: 'model',
    pageOrder: Object.keys(pages),
    layouts: Object.fromEntries(Object.entries(pages).map(([key, layout]) => [key, { data: { layout } }])),
    layoutFiles: {},
    settings: {},
    dataModelSchemas: {},
    texts: { nb: [], en: [] },
    options: {},
    ...extra,
  };
}

export interface Fixture {
  engine: FormEngine;
  validator: FormValidator;
  type(field: string, text: string): void;
  codes(nodeId: string): string[];
  visible(nodeId: string): string[];
}

/** An engine with a validator, plus shorthands: `codes` lists `source:textKey` of every issue, `visible` the shown ones. */
export function setup(
  set: LoadedLayoutSet,
  data: unknown = {},
  options: FormValidatorOptions = {},
  language = 'nb',
): Fixture {
  const engine = createFormEngine({ layoutSet: set, initialData: data, language });
  // The schema backend of the enclosing `describeSchemaBackends` block (the default outside one).
  const validator = createFormValidator(engine, { ...schemaOptions(set), ...options });
  return {
    engine,
    validator,
    type: (field, text) => engine.data.setText({ dataType: set.dataType, field }, text),
    codes: (nodeId) => validator.allIssuesFor(nodeId).map((issue) => `${issue.source}:${issue.textKey}`),
    visible: (nodeId) => validator.issuesFor(nodeId).map((issue) => `${issue.source}:${issue.textKey}`),
  };
}

export const input = (id: string, field: string, extra: Partial<RawComponent> = {}): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: field },
  textResourceBindings: { title: `${id}.title` },
  ...extra,
});
