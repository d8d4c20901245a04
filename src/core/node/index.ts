export { fileSource } from './fileSource.ts';
export { findAltinnSchemaDir, loadAltinnSchemaChecker } from './altinnSchemas.ts';
export { compileModelValidators } from './compileModelValidators.ts';
export { compileAltinnSchemaValidators } from '../schemas/altinnAjv.ts';
export { ajvSchemaBackend } from '../validation/schema/ajvBackend.ts';
