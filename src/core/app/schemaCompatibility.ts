import type { Diagnostic } from '../diagnostics.ts';
import type { AltinnFileKind, AltinnSchemaChecker } from '../schemas/altinnSchemaChecker.ts';
import { BINDING_KEY_ALIASES, canonicalComponentType } from '../layout/componentTypes.ts';
import { upgradeLegacyGroups } from '../layout/legacyGroups.ts';
import type { AppFormat } from './appFormat.ts';

// Root properties v9 added to a UI folder's Settings.json.
const V9_SETTINGS_PROPERTIES = new Set(['/defaultDataType', '/type']);

/**
 * Checks a file against the (v8) Altinn schemas as skjema reads it, so that only what matters is
 * reported: v9's renamed types and new Settings.json properties are no violations, types in
 * another case are checked under their real name (the loader warns about the spelling), and
 * pre-v4 groups are checked in their upgraded form (the loader warns about those too).
 */
export function checkWithFormat(
  schemas: AltinnSchemaChecker,
  kind: AltinnFileKind,
  value: unknown,
  file: string,
  format: AppFormat,
): Diagnostic[] {
  if (kind === 'layout') return schemas.check(kind, asReadLayout(value), file);
  if (format !== 'v9') return schemas.check(kind, value, file);
  const diagnostics = schemas.check(kind, value, file);
  if (kind === 'layoutSettings') return diagnostics.filter((d) => !V9_SETTINGS_PROPERTIES.has(d.pointer ?? ''));
  return diagnostics;
}

function asReadLayout(value: unknown): unknown {
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  if (!Array.isArray(layout)) return value;
  const renamed = upgradeLegacyGroups(layout).components.map((component) => asV8Component(component));
  const file = value as { data: Record<string, unknown> };
  return { ...file, data: { ...file.data, layout: renamed } };
}

function asV8Component(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  const component = withoutEmptyBindings(raw as Record<string, unknown>);
  if (typeof component.type !== 'string') return component;
  // The published schemas describe v8: v9 names (`Heading`, with the lookup's binding keys), another
  // case (`Radiobuttons`) and legacy names (`AddressComponent`) are checked as the type they are read as.
  const v8Type = canonicalComponentType(component.type);
  if (!v8Type || v8Type === component.type) return component;
  const bindings = component.dataModelBindings as Record<string, unknown> | undefined;
  if (!bindings) return { ...component, type: v8Type };
  const keys = BINDING_KEY_ALIASES[v8Type] ?? {};
  const renamedBindings = Object.entries(bindings).map(([key, binding]) => [keys[key] ?? key, binding]);
  return { ...component, type: v8Type, dataModelBindings: Object.fromEntries(renamedBindings) };
}

/**
 * Studio writes `"dataModelBindings": {}` for components whose bindings are all optional (a
 * `FileUpload` keeps its files as data elements). The schema's binding alternatives each require a
 * key, but the reference reads an empty object as no bindings, so it is checked as absent: fine
 * where bindings are optional, still "missing dataModelBindings" where one is required.
 */
function withoutEmptyBindings(component: Record<string, unknown>): Record<string, unknown> {
  const bindings = component.dataModelBindings;
  if (bindings === null || typeof bindings !== 'object' || Array.isArray(bindings)) return component;
  if (Object.keys(bindings).length > 0) return component;
  const { dataModelBindings: _empty, ...rest } = component;
  return rest;
}
