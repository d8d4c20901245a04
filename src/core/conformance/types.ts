/** One JSON file of the shared suite, read by the caller (the core does no file I/O). */
export interface SuiteFile {
  /** Path relative to the suite folder, with `/` separators (`functions/if/simple.json`). */
  readonly path: string;
  /** Parsed JSON; a string when the file did not parse (reported as a failure). */
  readonly content: unknown;
}

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface CaseResult {
  readonly file: string;
  readonly caseName: string;
  readonly status: CaseStatus;
  /** What the case expected and what ran, as JSON or a message; set for failures. */
  readonly expected?: string;
  readonly got?: string;
  /** Why a case was skipped. */
  readonly reason?: string;
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface ConformanceReport {
  /** The frontend version the suite was run as. */
  readonly format: 'v8' | 'v9';
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly results: readonly CaseResult[];
  readonly skippedFiles: readonly SkippedFile[];
}

/** Fields of a function test file (§3.6); everything is optional so malformed files fail, not crash. */
export interface FunctionTestFile {
  readonly name?: string;
  readonly expression?: unknown;
  readonly expects?: unknown;
  readonly expectsFailure?: string;
  readonly testCases?: readonly {
    readonly expression?: unknown;
    readonly expects?: unknown;
    readonly expectsFailure?: string;
    readonly name?: string;
  }[];
  readonly context?: {
    readonly component?: string;
    readonly currentLayout?: string;
    readonly rowIndices?: readonly number[];
  };
  readonly layouts?: Readonly<Record<string, unknown>>;
  readonly dataModel?: unknown;
  readonly dataModels?: readonly {
    readonly dataElement: { readonly id: string; readonly dataType: string };
    readonly data: unknown;
  }[];
  readonly frontendSettings?: Readonly<Record<string, unknown>>;
  readonly textResources?: readonly {
    readonly id: string;
    readonly value: string;
    readonly variables?: readonly { key: string; dataSource: string; defaultValue?: string }[];
  }[];
  readonly profileSettings?: { readonly language?: string };
  readonly instance?: Readonly<Record<string, unknown>>;
  readonly instanceDataElements?: readonly Readonly<Record<string, unknown>>[];
  readonly process?: Readonly<Record<string, unknown>>;
  readonly permissions?: Readonly<Record<string, unknown>>;
  readonly externalApis?: { readonly data?: Readonly<Record<string, unknown>> };
  readonly codeLists?: Readonly<Record<string, readonly { label: string; value: string | number | boolean | null }[]>>;
  readonly positionalArguments?: readonly unknown[];
  readonly valueArguments?: { readonly data: Readonly<Record<string, unknown>>; readonly defaultKey: string };
  readonly stateless?: boolean;
  readonly disabledFrontend?: unknown;
  readonly expectedContexts?: readonly unknown[];
}
