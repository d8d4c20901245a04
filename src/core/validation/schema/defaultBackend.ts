export { interpreterSchemaBackend as defaultSchemaBackend } from './interpreterBackend.ts';
