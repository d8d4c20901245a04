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
// The module `skjema bundle` wrote for an app (docs/embedding.md), with the .d.ts it writes beside it.
declare module '*event-permit.js' {
  const app: {
    readonly files: Readonly<Record<string, string>>;
    readonly validators: Readonly<Record<string, import('skjema/core').PrecompiledModelValidators>>;
  };
  export default app;
}
