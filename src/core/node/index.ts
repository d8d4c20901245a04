export { fileSource } from './fileSource.ts';
export { findAltinnSchemaDir, loadAltinnSchemaChecker } from './altinnSchemas.ts';
export { compileModelValidators } from './compileModelValidators.ts';
