// The modules scripts/vite/playgroundSchemas.ts builds into the page; built without the Altinn
// schemas, they export nothing.
declare module 'virtual:skjema-playground/schemas' {
  import type { JSONSchema7 } from 'json-schema';
  export const layoutSchema: JSONSchema7 | undefined;
  export const textResourcesSchema: JSONSchema7 | undefined;
}
declare module 'virtual:skjema-playground/validators-fast' {
  import type { ValidateFunction } from 'ajv';
  export const layout: ValidateFunction | undefined;
}
declare module 'virtual:skjema-playground/validators-detailed' {
  import type { ValidateFunction } from 'ajv';
  export const layout: ValidateFunction | undefined;
}
