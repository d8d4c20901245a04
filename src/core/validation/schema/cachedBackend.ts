import type { ModelValidateFunction, SchemaBackend } from './types.ts';

type Lookup = (pointer: string) => ModelValidateFunction | null;

/**
 * A backend whose work is shared between forms: a page remounting its form (or `skjema check`
 * opening a form per page) passes the same schema object again, and building validators costs
 * tens of milliseconds. `build` prepares the model and throws when it cannot be checked;
 * `compile` makes the validator of one pointer, and one that throws leaves that pointer to the
 * level above.
 */
export function cachedBackend<Model>(
  build: (dataType: string, schema: Readonly<Record<string, unknown>>) => Model,
  compile: (model: Model, pointer: string) => ModelValidateFunction | null,
): SchemaBackend {
  const cache = new WeakMap<object, Map<string, Lookup>>();
  return (dataType, schema) => {
    let byDataType = cache.get(schema);
    if (!byDataType) cache.set(schema, (byDataType = new Map()));
    let lookup = byDataType.get(dataType);
    if (!lookup) {
      const model = build(dataType, schema);
      const validators = new Map<string, ModelValidateFunction | null>();
      // The whole model's validator is made now, so a schema that cannot be checked fails here.
      const whole = compile(model, '');
      if (!whole) throw new Error(`no validator for the data model "${dataType}"`);
      validators.set('', whole);
      lookup = (pointer) => {
        let validator = validators.get(pointer);
        if (validator === undefined) {
          try {
            validator = compile(model, pointer);
          } catch {
            validator = null;
          }
          validators.set(pointer, validator);
        }
        return validator;
      };
      byDataType.set(dataType, lookup);
    }
    return lookup;
  };
}
