import { onDemand } from '../../onDemand.ts';
import type { SchemaBackend } from './types.ts';

/**
 * The schema interpreter (@cfworker/json-schema, ajv-formats and our glue: a seventh of the
 * engine) is loaded only for a data model that has a schema and no precompiled validators.
 * `loadLayoutSet` loads it before the form is built when the app needs it; until it is loaded, a
 * model it would check is unchecked and the form cannot submit (it fails closed), and the form
 * checks the model as soon as it is there.
 */

const interpreter = onDemand<SchemaBackend>(() =>
  import('./interpreterBackend.ts').then((module) => module.interpreterSchemaBackend),
);

/** Loads the interpreter (once; a failed load is tried again next time). */
export function loadSchemaInterpreter(): Promise<SchemaBackend> {
  return interpreter.load();
}

/** Thrown for a model the interpreter would check while it is still loading. */
export class SchemaInterpreterLoading extends Error {
  constructor(readonly loaded: Promise<SchemaBackend>) {
    super('the schema interpreter is not loaded yet (loadLayoutSet loads it for apps that need it)');
    this.name = 'SchemaInterpreterLoading';
  }
}

/** The interpreter when it is loaded; else starts loading it and throws `SchemaInterpreterLoading`. */
export const lazyInterpreterBackend: SchemaBackend = (dataType, schema) => {
  const backend = interpreter.loaded();
  if (backend) return backend(dataType, schema);
  throw new SchemaInterpreterLoading(loadSchemaInterpreter());
};
