import { asRecord } from '../../core/app/appFormat.ts';
import type { LoadedLayoutSet, RawComponent } from '../../core/app/types.ts';
import { parsePath } from '../../core/data/path.ts';
import { schemaAtPath } from '../../core/data/schemaLookup.ts';
import { joinPointer, type Diagnostic } from '../../core/diagnostics.ts';
import { isFunctionName, validateExpression, type ExpressionFormat } from '../../core/expressions/index.ts';
import { normalizeLayouts } from '../../core/layout/index.ts';
import { parseValidationConfig } from '../../core/validation/expressionConfig.ts';
import { appShellTexts } from '../../core/texts/builtin/appShell/index.ts';
import { builtinTexts } from '../../core/texts/builtin/index.ts';
import { previewPageTexts } from '../../core/texts/builtin/previewPage/index.ts';

/** Properties whose values are expressions, with the type the expression must produce. */
const EXPRESSION_PROPERTIES: Record<string, 'boolean' | 'string' | 'number' | 'any'> = {
  hidden: 'boolean',
  required: 'boolean',
  readOnly: 'boolean',
  forceShowInSummary: 'boolean',
  removeWhenHidden: 'boolean',
  hiddenRow: 'boolean',
  optionFilter: 'boolean',
  minDate: 'string',
  maxDate: 'string',
  // Text, Date and Option show a string, Number a number (see `expressionType`).
  value: 'string',
};

/** The type a property's expression must give; a Number component's `value` is a number. */
function expressionType(component: RawComponent, property: string): 'boolean' | 'string' | 'number' | 'any' {
  if (property === 'value' && typeof component.type === 'string' && component.type.toLowerCase() === 'number')
    return 'number';
  return EXPRESSION_PROPERTIES[property];
}

/**
 * What `skjema check` finds in a loaded layout set beyond schema violations: problems the
 * renderer would only meet at run time, each located by file, JSON pointer and component id.
 */
export function lintLayoutSet(layoutSet: LoadedLayoutSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fileOf = (page: string) => layoutSet.layoutFiles[page];
  const format = layoutSet.appFormat;
  diagnostics.push(
    ...normalizeLayouts({ layouts: layoutSet.layouts, defaultDataType: layoutSet.dataType, fileOf }).diagnostics,
  );
  checkModelSchemas(layoutSet, diagnostics);
  checkValidationConfigs(layoutSet, diagnostics, format);
  const languages = Object.keys(layoutSet.texts);
  const textIds = new Map(languages.map((language) => [language, new Set(layoutSet.texts[language].map((t) => t.id))]));
  for (const [page, layout] of Object.entries(layoutSet.layouts)) {
    const file = fileOf(page);
    if (!layoutSet.pageOrder.includes(page) && page !== pdfLayoutName(layoutSet)) {
      diagnostics.push({
        severity: 'warning',
        code: 'page-order',
        file,
        message: `Page "${page}" is not in the page order of Settings.json, so it is never shown.`,
      });
    }
    checkExpression(layout.data.hidden, 'boolean', file, joinPointer('data', 'hidden'), undefined, diagnostics, format);
    layout.data.layout.forEach((component, index) => {
      const at = (...rest: (string | number)[]) => joinPointer('data', 'layout', index, ...rest);
      checkBindings(layoutSet, component, file, at, diagnostics);
      for (const property of Object.keys(EXPRESSION_PROPERTIES)) {
        const type = expressionType(component, property);
        checkExpression(component[property], type, file, at(property), component.id, diagnostics, format);
      }
      const texts = component.textResourceBindings;
      if (texts && typeof texts === 'object') {
        for (const [key, value] of Object.entries(texts as Record<string, unknown>)) {
          checkExpression(value, 'string', file, at('textResourceBindings', key), component.id, diagnostics, format);
          if (typeof value === 'string')
            checkTextKey(value, textIds, file, at('textResourceBindings', key), component.id, diagnostics);
        }
      }
    });
  }
  return diagnostics;
}

/**
 * Expression validations (`<model>.validation.json`): entries the validator drops (unknown `ref`,
 * no message or condition) are warnings, as the reference frontend only warns about them; a
 * condition that is no valid expression never runs, which an author must hear as an error.
 */
function checkValidationConfigs(
  layoutSet: LoadedLayoutSet,
  diagnostics: Diagnostic[],
  format: ExpressionFormat | undefined,
): void {
  for (const [dataType, config] of Object.entries(layoutSet.validationConfigs ?? {})) {
    const file = layoutSet.validationFiles?.[dataType];
    for (const warning of parseValidationConfig(config).warnings) {
      diagnostics.push({ severity: 'warning', code: 'validation-config', file, message: `Ignored: ${warning}.` });
    }
    const { definitions, validations } = (config ?? {}) as { definitions?: unknown; validations?: unknown };
    for (const [name, definition] of Object.entries(asRecordOrEmpty(definitions))) {
      const condition = asRecordOrEmpty(definition).condition;
      checkExpression(
        condition,
        'boolean',
        file,
        joinPointer('definitions', name, 'condition'),
        undefined,
        diagnostics,
        format,
      );
    }
    for (const [field, entries] of Object.entries(asRecordOrEmpty(validations))) {
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, index) => {
        const condition = asRecordOrEmpty(entry).condition;
        checkExpression(
          condition,
          'boolean',
          file,
          joinPointer('validations', field, index, 'condition'),
          undefined,
          diagnostics,
          format,
        );
      });
    }
  }
}

const asRecordOrEmpty = (value: unknown): Record<string, unknown> => asRecord(value) ?? {};

/** The page the PDF is made from (`pages.pdfLayoutName`) is used though it is never in the order. */
function pdfLayoutName(layoutSet: LoadedLayoutSet): unknown {
  return (layoutSet.settings.pages as { pdfLayoutName?: unknown } | undefined)?.pdfLayoutName;
}

function checkExpression(
  value: unknown,
  type: 'boolean' | 'string' | 'number' | 'any',
  file: string | undefined,
  pointer: string,
  componentId: string | undefined,
  diagnostics: Diagnostic[],
  format: ExpressionFormat | undefined,
): void {
  // Only arrays whose first item is a string are meant as expressions; `true` or a text key are literals.
  if (!Array.isArray(value) || typeof value[0] !== 'string') return;
  for (const issue of validateExpression(value, type, { format })) {
    diagnostics.push({
      severity: 'error',
      code: 'expression',
      file,
      pointer: pointer + issue.pointer,
      componentId,
      message: `Invalid expression: ${issue.message}${isFunctionName(String(value[0])) ? '' : ' (the property falls back to its default)'}`,
    });
  }
}

function checkBindings(
  layoutSet: LoadedLayoutSet,
  component: RawComponent,
  file: string | undefined,
  at: (...rest: (string | number)[]) => string,
  diagnostics: Diagnostic[],
): void {
  const bindings = component.dataModelBindings;
  if (!bindings || typeof bindings !== 'object') return;
  for (const [key, binding] of Object.entries(bindings as Record<string, unknown>)) {
    const { dataType, field } =
      typeof binding === 'string'
        ? { dataType: layoutSet.dataType, field: binding }
        : ((binding ?? {}) as { dataType?: string; field?: string });
    if (typeof field !== 'string' || !dataType) continue;
    const schema = layoutSet.dataModelSchemas[dataType];
    if (!schema || !declaresFields(schema)) continue;
    // Bindings inside repeating groups are written without row indexes; the schema path has the array.
    const path = parsePath(field)
      .filter((segment) => typeof segment === 'string')
      .join('.');
    if (schemaAtPath(schema, path) || schemaAtPathThroughArrays(schema, path)) continue;
    // The form still works: the field keeps its value in the browser. But the app backend
    // deserialises into its model class, which has no such field, so the answer is not saved.
    diagnostics.push({
      severity: 'warning',
      code: 'binding',
      file,
      pointer: at('dataModelBindings', key),
      componentId: component.id,
      message: `Binding "${field}" does not exist in the data model "${dataType}": the answer is kept in the form but the app backend will not save it.`,
    });
  }
}

/**
 * Studio creates placeholder schemas (`{"$comment": "TODO"}`) for models not designed yet;
 * checking bindings against one would flag every field of the app.
 */
function declaresFields(schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object') return false;
  const keys = Object.keys(schema).filter((key) => !key.startsWith('$comment') && key !== '$schema' && key !== '$id');
  return keys.length > 0;
}

/** Placeholder data-model schemas get one warning instead of a warning per binding. */
function checkModelSchemas(layoutSet: LoadedLayoutSet, diagnostics: Diagnostic[]): void {
  for (const [dataType, schema] of Object.entries(layoutSet.dataModelSchemas)) {
    if (declaresFields(schema)) continue;
    diagnostics.push({
      severity: 'warning',
      code: 'data-model',
      file: 'App/models',
      message: `The data-model schema of "${dataType}" declares no fields (a placeholder?); bindings to it are not checked and nothing is validated.`,
    });
  }
}

/** `a.b.c` where `a` or `b` is an array: the binding skips the `[n]`, the schema goes through `items`. */
function schemaAtPathThroughArrays(schema: unknown, path: string): boolean {
  const segments = path.split('.');
  const walk = (prefix: string, index: number): boolean => {
    if (index === segments.length) return schemaAtPath(schema, prefix) !== undefined;
    const next = prefix === '' ? segments[index] : `${prefix}.${segments[index]}`;
    return walk(next, index + 1) || walk(`${next}[0]`, index + 1);
  };
  return walk('', 0);
}

function checkTextKey(
  key: string,
  textIds: Map<string, Set<string>>,
  file: string | undefined,
  pointer: string,
  componentId: string | undefined,
  diagnostics: Diagnostic[],
): void {
  const languages = [...textIds.keys()];
  const present = languages.filter((language) => textIds.get(language)!.has(key));
  if (present.length === languages.length) return;
  if (
    [builtinTexts, appShellTexts, previewPageTexts].some((part) =>
      Object.values(part).some((texts) => Object.hasOwn(texts, key)),
    )
  )
    return;
  if (present.length === 0) {
    // Like the reference, a binding no language has is shown as written: fine for literal text
    // ("Send inn"), a mistake for what is plainly a key ("confirm.button_text"). Without any text
    // file every binding is in no language, which says nothing.
    if (languages.length === 0 || !looksLikeTextKey(key)) return;
    diagnostics.push({
      severity: 'warning',
      code: 'text-missing',
      file,
      pointer,
      componentId,
      message: `Text "${key}" is in no language (${languages.join(', ')}), so the page shows "${key}" as it is.`,
    });
    return;
  }
  const missing = languages.filter((language) => !present.includes(language));
  diagnostics.push({
    severity: 'warning',
    code: 'text-missing',
    file,
    pointer,
    componentId,
    message: `Text "${key}" is missing in ${missing.join(', ')} (present in ${present.join(', ')}).`,
  });
}

/**
 * Whether a text binding is meant as a key rather than literal text: one word of letters, digits
 * and separators, with `.` or `_` between its parts (`person.name.title`, `confirm.button_text`),
 * or lower case parts joined by `-` (`dato-short`). Literal texts have spaces, or are words such
 * as "Navn", "E-post" or "FileUpload", which these rules leave alone.
 */
export function looksLikeTextKey(value: string): boolean {
  if (!/^[A-Za-z0-9._-]+$/.test(value) || !/[A-Za-z]/.test(value) || value.endsWith('.')) return false;
  return /[A-Za-z0-9][._][A-Za-z0-9]/.test(value) || /^[a-z0-9]+(-[a-z0-9]+)+$/.test(value);
}
