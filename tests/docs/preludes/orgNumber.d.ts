// The agency's organisation-number component that docs/custom-components.md builds step by step,
// for its later snippets (`<!-- snippet: prelude=app,orgNumber -->`).
declare function OrgNumberInput(props: import('skjema').SkjemaComponentProps): import('react').ReactNode;
declare function MyInput(props: import('skjema').SkjemaComponentProps): import('react').ReactNode;
declare function hasValidControlDigit(digits: string): boolean;
declare function mask(text: string): string;
declare const agencyComponents: import('skjema').ComponentDefinition[];
// The module that holds the component, for the snippet that loads it lazily.
declare module '*OrgNumberInput.tsx' {
  export function OrgNumberInput(props: import('skjema').SkjemaComponentProps): import('react').ReactNode;
}
