// The engine's internals that docs/tree.md describes (not exported by the package), and what a
// tree is built from.
type TreeOptions = Parameters<typeof import('../../../src/core/tree/index.ts').createFormTree>[0];
declare const createFormTree: typeof import('../../../src/core/tree/index.ts').createFormTree;
declare const layouts: TreeOptions['layouts'];
declare const pageOrder: TreeOptions['pageOrder'];
declare const store: TreeOptions['dataModels'][string];
declare const fileOf: TreeOptions['fileOf'];
declare const environment: TreeOptions['environment'];
