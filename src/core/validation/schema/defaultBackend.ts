export { lazyInterpreterBackend as defaultSchemaBackend } from './interpreterLoader.ts';
