import type { Diagnostic } from '../diagnostics.ts';
import type { AltinnFileKind, AltinnSchemaChecker } from '../schemas/altinnSchemaChecker.ts';
import type { AppFormat } from './appFormat.ts';

// The published schemas describe v8; v9 renamed these types (and the lookup's binding keys).
const V9_TYPE_NAMES: Record<string, string> = { heading: 'Header', organizationlookup: 'OrganisationLookup' };
const V9_BINDING_KEYS: Record<string, string> = {
  organization_lookup_orgnr: 'organisation_lookup_orgnr',
  organization_lookup_name: 'organisation_lookup_name',
};
// Root properties v9 added to a UI folder's Settings.json.
const V9_SETTINGS_PROPERTIES = new Set(['/defaultDataType', '/type']);

/**
 * Checks a file against the (v8) Altinn schemas in a way that is fair to v9 apps: v9's renamed
 * types and new Settings.json properties are not reported as violations.
 */
export function checkWithFormat(
  schemas: AltinnSchemaChecker,
  kind: AltinnFileKind,
  value: unknown,
  file: string,
  format: AppFormat,
): Diagnostic[] {
  if (format !== 'v9') return schemas.check(kind, value, file);
  if (kind === 'layout') return schemas.check(kind, asV8Layout(value), file);
  const diagnostics = schemas.check(kind, value, file);
  if (kind === 'layoutSettings') return diagnostics.filter((d) => !V9_SETTINGS_PROPERTIES.has(d.pointer ?? ''));
  return diagnostics;
}

function asV8Layout(value: unknown): unknown {
  const layout = (value as { data?: { layout?: unknown } } | null)?.data?.layout;
  if (!Array.isArray(layout)) return value;
  const renamed = layout.map((component: Record<string, unknown>) => {
    const v8Type = typeof component?.type === 'string' ? V9_TYPE_NAMES[component.type.toLowerCase()] : undefined;
    if (!v8Type) return component;
    const bindings = component.dataModelBindings as Record<string, unknown> | undefined;
    if (!bindings) return { ...component, type: v8Type };
    const renamedBindings = Object.entries(bindings).map(([key, binding]) => [V9_BINDING_KEYS[key] ?? key, binding]);
    return { ...component, type: v8Type, dataModelBindings: Object.fromEntries(renamedBindings) };
  });
  const file = value as { data: Record<string, unknown> };
  return { ...file, data: { ...file.data, layout: renamed } };
}
