import type { Diagnostic } from '../diagnostics.ts';
import type { DataBinding } from './types.ts';

export interface BindingProblem {
  readonly key: string;
  readonly message: string;
}

/**
 * Turns `dataModelBindings` into `{dataType, field}` pairs. Apps mix the legacy string form and the
 * object form freely, so both are accepted; anything else is reported and left out.
 */
export function normalizeBindings(
  raw: unknown,
  defaultDataType: string,
): { bindings?: Record<string, DataBinding>; problems: BindingProblem[] } {
  if (raw === undefined || raw === null) return { problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { problems: [{ key: '', message: 'dataModelBindings must be an object' }] };
  }
  const bindings: Record<string, DataBinding> = {};
  const problems: BindingProblem[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const binding = toBinding(value, defaultDataType);
    if (binding) bindings[key] = binding;
    else problems.push({ key, message: `Binding "${key}" must be a string or {dataType, field}` });
  }
  return { bindings, problems };
}

function toBinding(value: unknown, defaultDataType: string): DataBinding | undefined {
  if (typeof value === 'string') return { dataType: defaultDataType, field: value };
  if (value === null || typeof value !== 'object') return undefined;
  const { dataType, field } = value as { dataType?: unknown; field?: unknown };
  if (typeof field !== 'string') return undefined;
  return { dataType: typeof dataType === 'string' && dataType !== '' ? dataType : defaultDataType, field };
}

export function bindingDiagnostics(
  problems: readonly BindingProblem[],
  location: { file?: string; pointer: string; componentId: string },
): Diagnostic[] {
  return problems.map((problem) => ({
    severity: 'error',
    code: 'invalid-binding',
    message: problem.message,
    file: location.file,
    pointer: `${location.pointer}/dataModelBindings${problem.key ? `/${problem.key.replace(/~/g, '~0').replace(/\//g, '~1')}` : ''}`,
    componentId: location.componentId,
  }));
}
