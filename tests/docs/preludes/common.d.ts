// Given to every snippet of the docs (tests/docs/snippets.test.ts): the files of an app a page imports.
declare module '*app-files.json' {
  const files: Record<string, unknown>;
  export default files;
}
// The module `skjema compile` or `compileModelValidators` wrote for a data model.
declare module '*.validators.js' {
  const validators: import('skjema/core').PrecompiledModelValidators;
  export default validators;
}
