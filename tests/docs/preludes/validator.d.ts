// What docs/validation.md's validator is built from, and the validator itself for its later snippets.
type ValidatorOptions = NonNullable<Parameters<typeof import('skjema/core').createFormValidator>[1]>;
declare const uploads: { count(nodeId: string): number };
declare const entries: { state(nodeId: string): ReturnType<NonNullable<ValidatorOptions['subformEntries']>> };
declare const initialIssuesFromValidateEndpoint: ValidatorOptions['backendIssues'];
declare const issuesFromValidate: NonNullable<ValidatorOptions['backendIssues']>;
declare const validator: ReturnType<typeof import('skjema/core').createFormValidator>;
declare const patchResponse: import('skjema/client').DataPatchResponse;
