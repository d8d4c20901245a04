import { listModelSchemas } from '../../core/app/modelSchemas.ts';
import type { AppSource } from '../../core/app/source.ts';
import { escapePointerSegment, type Diagnostic } from '../../core/diagnostics.ts';
import { compileModelValidators } from '../../core/node/index.ts';

/** One data model's validators as an ES module (default export: schema pointer → validate function). */
export interface CompiledModel {
  readonly dataType: string;
  /** The app-relative schema file it was compiled from. */
  readonly file: string;
  readonly code: string;
}

export interface CompiledApp {
  readonly models: readonly CompiledModel[];
  /** Data models whose schema does not compile, each with its located error. */
  readonly failed: readonly { readonly dataType: string; readonly diagnostic: Diagnostic }[];
  /** Every problem: schema files that cannot be read, and the compile errors of `failed`. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compiles the validators of every data model of an app ahead of time (`skjema compile`, the
 * preview server): the form then validates with plain functions, and the browser never needs
 * ajv's compiler, whose `new Function` a strict Content-Security-Policy blocks.
 */
export async function compileAppValidators(source: AppSource): Promise<CompiledApp> {
  const { models, diagnostics } = await listModelSchemas(source);
  const compiled: CompiledModel[] = [];
  const failed: CompiledApp['failed'][number][] = [];
  for (const model of models) {
    try {
      compiled.push({
        dataType: model.dataType,
        file: model.file,
        code: compileModelValidators(model.dataType, model.schema),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const diagnostic: Diagnostic = {
        severity: 'error',
        code: 'data-model-compile',
        file: model.file,
        pointer: locateCompileError(model.document, error) ?? '',
        message: `The schema of data type "${model.dataType}" cannot be compiled to a validator: ${reason}`,
      };
      diagnostics.push(diagnostic);
      failed.push({ dataType: model.dataType, diagnostic });
    }
  }
  return { models: compiled, failed, diagnostics };
}

/**
 * Where in the schema file a compile error points, for the errors ajv names a value of: a `$ref`
 * it cannot resolve, a `pattern` that is no regular expression.
 */
function locateCompileError(document: unknown, error: unknown): string | undefined {
  const missingRef = (error as { missingRef?: unknown } | null)?.missingRef;
  if (typeof missingRef === 'string') {
    const fragment = missingRef.slice(missingRef.indexOf('#'));
    return findPointer(document, (key, value) => key === '$ref' && value === fragment);
  }
  const regex = /^Invalid regular expression: \/(.*)\/[a-z]*: /s.exec(error instanceof Error ? error.message : '');
  if (regex) {
    const source = regex[1];
    return findPointer(
      document,
      (key, value, parentKey) =>
        (key === 'pattern' && value === source) || (parentKey === 'patternProperties' && key === source),
    );
  }
  return undefined;
}

/** The pointer of the first member (depth first, without recursion) whose key and value match. */
function findPointer(
  document: unknown,
  matches: (key: string, value: unknown, parentKey: string | undefined) => boolean,
): string | undefined {
  const stack: { value: unknown; pointer: string; key?: string }[] = [{ value: document, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer, key: parentKey } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const entries = Object.entries(value as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (matches(key, child, parentKey)) return `${pointer}/${escapePointerSegment(key)}`;
    }
    for (const [key, child] of entries.reverse())
      stack.push({ value: child, pointer: `${pointer}/${escapePointerSegment(key)}`, key });
  }
  return undefined;
}
