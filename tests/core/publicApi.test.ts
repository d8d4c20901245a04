import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as core from '../../src/core/index.ts';

const INDEX = new URL('../../src/core/index.ts', import.meta.url).pathname;
const DOCS = new URL('../../docs/core-api.md', import.meta.url).pathname;

// The names `skjema/core` exports. Adding or removing one is a decision about the public API:
// change this list and docs/core-api.md together.
const VALUES = [
  'ALTINN_FILE_SCHEMAS',
  'ComponentTypes',
  'ExpressionRuntimeError',
  'FormData',
  'FormEngine',
  'SaveScheduler',
  'ValidationMask',
  'attachmentServiceOf',
  'builtinComponentTypeDefinitions',
  'builtinComponentTypes',
  'builtinTexts',
  'createAltinnSchemaChecker',
  'createFormAnalytics',
  'createFormEngine',
  'createFormSession',
  'createFormValidator',
  'createInMemoryFormServices',
  'createTextResolver',
  'evaluateExpression',
  'formatDiagnostic',
  'gridRowReferences',
  'idList',
  'instanceContextValue',
  'isEmptyValue',
  'isExpression',
  'joinedBoundValues',
  'loadBuiltinTexts',
  'loadLayoutSet',
  'missingChoice',
  'missingValues',
  'objectSource',
  'plainChildren',
  'preloadParts',
  'readPrefillRecord',
  'saveDelayOf',
  'validateExpression',
  'validateForm',
  'watchFormData',
];

const TYPES = [
  'ActionResult',
  'AltinnFileKind',
  'AltinnSchemaChecker',
  'AltinnSchemaValidators',
  'AppOption',
  'AppSource',
  'Attachment',
  'AttachmentService',
  'AttachmentUpload',
  'AutoSaveBehavior',
  'BackendValidationIssue',
  'ComponentBindings',
  'ComponentCategory',
  'ComponentLocation',
  'ComponentRuleContext',
  'ComponentRuleFinding',
  'ComponentTypeDefinition',
  'ComponentValidator',
  'ComponentValidatorInput',
  'ComponentValidatorIssue',
  'ComponentValidatorMessage',
  'DataBinding',
  'DataElementAttachments',
  'DataListPage',
  'DataListQuery',
  'DataListService',
  'DataMismatch',
  'Diagnostic',
  'DiagnosticSeverity',
  'DisplayValueContext',
  'EvaluateOptions',
  'EvaluateResult',
  'ExpectedType',
  'ExpectedTypeMap',
  'ExprArg',
  'ExprInput',
  'ExprList',
  'ExprLiteral',
  'ExprObject',
  'ExprPointer',
  'ExprResult',
  'ExprValue',
  'Expression',
  'ExpressionContext',
  'ExpressionError',
  'ExpressionFormat',
  'ExpressionIssue',
  'ExternalApiService',
  'FetchedOptions',
  'FileScanResult',
  'FormAnalytics',
  'FormAnalyticsEvent',
  'FormAnalyticsOptions',
  'FormEngineOptions',
  'FormEnvironment',
  'FormNode',
  'FormServices',
  'FormSession',
  'FormSessionOptions',
  'FormTree',
  'FormValidator',
  'FormValidatorOptions',
  'InMemorySeed',
  'InstanceContextKey',
  'InstanceLike',
  'Issue',
  'LayoutNode',
  'LayoutSetEntry',
  'LoadLayoutSetOptions',
  'LoadResult',
  'LoadedLayoutSet',
  'LookupService',
  'MissingValue',
  'ModelSchemaError',
  'ModelValidateFunction',
  'NavigationGroupEntry',
  'NavigationMark',
  'NavigationPageEntry',
  'NavigationRequest',
  'NavigationResult',
  'NavigationValidation',
  'NodeIssue',
  'OptionValue',
  'OptionsQuery',
  'OptionsService',
  'OrderDetails',
  'OrderDetailsQuery',
  'OrderLine',
  'OrganisationLookupResult',
  'OutsideData',
  'PageNavigationModel',
  'PageNode',
  'PageValidationConfig',
  'PaymentInformation',
  'PaymentService',
  'PaymentStart',
  'PaymentStatus',
  'PdfPreviewService',
  'PersonLookupResult',
  'PrecompiledModelValidators',
  'PrefillOrigin',
  'PrefilledField',
  'RawChildReference',
  'RawComponent',
  'RawLayoutFile',
  'ResolvedIssue',
  'RowNode',
  'SaveClock',
  'SaveDelay',
  'SaveSchedulerOptions',
  'SavedModel',
  'SchemaBackend',
  'SessionNavigation',
  'SessionPermissions',
  'ShownValidationMessage',
  'Severity',
  'Signee',
  'SigneeStatus',
  'SigningDocument',
  'SigningOrganisation',
  'SigningService',
  'SigningUser',
  'SubformEntriesState',
  'SubformEntry',
  'SubformEntryScope',
  'SubformEntryService',
  'SubmitAttempt',
  'SubmittedForm',
  'TaskAction',
  'TaskActionOptions',
  'TaskActionService',
  'TaskStep',
  'TaskStepState',
  'TextDataRead',
  'TextResolveOptions',
  'TextResolver',
  'TextResource',
  'TextResourceVariable',
  'TextVariableSources',
  'UploadOptions',
  'UploadProgress',
  'ValidateFormOptions',
  'ValidateFormResult',
  'ValidateOptions',
  'ValidationOutcome',
  'ValidationSource',
  'ValidationStats',
  'ValueArguments',
  'WriteOrigin',
  'WriteRefusal',
  'WriteRequest',
  'WriteResult',
  'WriteStats',
];

/** Every name the entry exports, values and types alike, as the type checker sees them. */
function exportedNames(): { values: string[]; types: string[] } {
  const program = ts.createProgram([INDEX], {
    allowImportingTsExtensions: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe('the public API of skjema/core', () => {
  it('exports exactly the pinned values at run time', () => {
    expect(Object.keys(core).sort()).toEqual([...VALUES].sort());
  });

  it('exports exactly the pinned names, types included', () => {
    const { values, types } = exportedNames();
    expect(values).toEqual([...VALUES].sort());
    expect(types).toEqual([...TYPES].sort());
  });

  it('documents every export in docs/core-api.md', () => {
    const docs = readFileSync(DOCS, 'utf8');
    // A function is documented with its parameters: `loadLayoutSet(source, options?)`.
    const undocumented = [...VALUES, ...TYPES].filter(
      (name) => !docs.includes(`\`${name}\``) && !docs.includes(`\`${name}(`),
    );
    expect(undocumented).toEqual([]);
  });
});
