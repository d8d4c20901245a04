// The declaration docs/compile.md tells TypeScript users to write once for `?skjema-validators` imports.
declare module '*?skjema-validators' {
  const validators: import('skjema/core').PrecompiledModelValidators;
  export default validators;
}
