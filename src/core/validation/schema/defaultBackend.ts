export { ajvSchemaBackend as defaultSchemaBackend } from './ajvBackend.ts';
