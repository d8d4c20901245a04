import { builtinComponentTypes } from '../components/builtin.ts';
import type { ComponentTypes } from '../components/registry.ts';
import { joinPointer, type Diagnostic } from '../diagnostics.ts';
import { bindingDiagnostics, normalizeBindings } from './bindings.ts';
import { BINDING_KEY_ALIASES, canonicalComponentType, isCurrentAlias } from './componentTypes.ts';
import { legacyNotesAsDiagnostics, upgradeLegacyGroups } from './legacyGroups.ts';
import { breakCycles, limitNesting, linkChildren, type MutableEntry } from './linkChildren.ts';
import type {
  ComponentEntry,
  DataBinding,
  NormalizedComponent,
  NormalizedLayouts,
  NormalizedPage,
  NormalizeInput,
} from './types.ts';

/**
 * Cleans raw layout pages the way the reference frontend does before building nodes (§1.4):
 * canonical types, object bindings, duplicate ids dropped, Likert rows generated, and the flat
 * per-page arrays linked into parent/child trees. Every problem is reported with file, pointer
 * and component id; nothing throws.
 */
export function normalizeLayouts(input: NormalizeInput): NormalizedLayouts {
  const diagnostics: Diagnostic[] = [];
  const components = new Map<string, MutableEntry>();
  const pages: NormalizedPage[] = [];

  for (const [pageKey, raw] of Object.entries(input.layouts)) {
    const file = input.fileOf?.(pageKey);
    const data = pageData(raw);
    if (!data) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-layout',
        message: `Page "${pageKey}" has no data.layout array`,
        file,
        pointer: '/data/layout',
      });
      pages.push({ key: pageKey, file, hidden: undefined, topLevel: [], componentIds: [], settings: {} });
      continue;
    }
    const upgrade = upgradeLegacyGroups(data.layout as unknown[]);
    diagnostics.push(...legacyNotesAsDiagnostics(upgrade, file));
    const types = input.componentTypes ?? builtinComponentTypes;
    const pageIds = readComponents(
      pageKey,
      file,
      upgrade.components,
      input.defaultDataType,
      types,
      components,
      diagnostics,
    );
    linkChildren(pageIds, components, file, diagnostics, types);
    const topLevel = breakCycles(pageIds, components, file, diagnostics);
    limitNesting(topLevel, components, file, diagnostics);
    const { layout: _layout, hidden, ...settings } = data;
    pages.push({ key: pageKey, file, hidden, topLevel, componentIds: pageIds, settings });
  }
  return { pages, components: components as ReadonlyMap<string, ComponentEntry>, diagnostics };
}

function pageData(raw: unknown): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const data = (raw as { data?: unknown }).data;
  if (data === null || typeof data !== 'object' || !Array.isArray((data as { layout?: unknown }).layout))
    return undefined;
  return data as Record<string, unknown>;
}

function readComponents(
  pageKey: string,
  file: string | undefined,
  layout: readonly unknown[],
  defaultDataType: string,
  types: ComponentTypes,
  components: Map<string, MutableEntry>,
  diagnostics: Diagnostic[],
): string[] {
  const pageIds: string[] = [];
  layout.forEach((raw, index) => {
    const pointer = joinPointer('data', 'layout', index);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      diagnostics.push({
        severity: 'error',
        code: 'invalid-component',
        message: 'Layout entries must be objects',
        file,
        pointer,
      });
      return;
    }
    const { id, type } = raw as { id?: unknown; type?: unknown };
    if (typeof id !== 'string' || id === '') {
      diagnostics.push({ severity: 'error', code: 'invalid-component', message: 'Component has no id', file, pointer });
      return;
    }
    const existing = components.get(id);
    if (existing) {
      // A warning: the page still renders, with the first of the two.
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-id',
        message: `Component id "${id}" is already used on page "${existing.page}" (${existing.pointer}); this one is ignored`,
        file,
        pointer,
        componentId: id,
      });
      return;
    }
    const written = typeof type === 'string' ? type : String(type);
    const canonical = canonicalComponentType(written);
    const spelling = canonical && spellingProblem(written, canonical);
    if (spelling) {
      diagnostics.push({
        severity: 'warning',
        code: 'type-spelling',
        message: spelling,
        file,
        pointer: `${pointer}/type`,
        componentId: id,
      });
    }
    if (!canonical) {
      diagnostics.push({
        severity: 'error',
        code: 'unknown-component',
        message: `Unknown component type "${written}"`,
        file,
        pointer: `${pointer}/type`,
        componentId: id,
      });
    }
    const { bindings: writtenBindings, problems } = normalizeBindings(
      (raw as Record<string, unknown>).dataModelBindings,
      defaultDataType,
    );
    const bindings = canonical && writtenBindings ? renameBindingKeys(canonical, writtenBindings) : writtenBindings;
    diagnostics.push(...bindingDiagnostics(problems, { file, pointer, componentId: id }));
    const component = { ...(raw as Record<string, unknown>), id, type: canonical ?? written } as Record<
      string,
      unknown
    >;
    if (bindings) component.dataModelBindings = bindings;
    else delete component.dataModelBindings;
    const entry: MutableEntry = {
      component: component as NormalizedComponent,
      page: pageKey,
      pointer,
      known: canonical !== undefined,
      children: [],
    };
    components.set(id, entry);
    pageIds.push(id);
    const rowComponent = types.get(component.type as string)?.rowComponent;
    if (rowComponent) addRowComponent(entry, rowComponent(entry.component), components, pageIds, file, diagnostics);
  });
  return pageIds;
}

/** The component a type repeats in each of its rows, generated from its own JSON (a Likert's question row). */
function addRowComponent(
  owner: MutableEntry,
  item: NormalizedComponent,
  components: Map<string, MutableEntry>,
  pageIds: string[],
  file: string | undefined,
  diagnostics: Diagnostic[],
): void {
  if (components.has(item.id)) {
    diagnostics.push({
      severity: 'error',
      code: 'duplicate-id',
      message: `The generated ${owner.component.type} row id "${item.id}" is already used`,
      file,
      pointer: owner.pointer,
      componentId: owner.component.id,
    });
    return;
  }
  components.set(item.id, {
    component: item,
    page: owner.page,
    pointer: owner.pointer,
    known: canonicalComponentType(item.type) !== undefined,
    syntheticOf: owner.component.id,
    parent: owner.component.id,
    children: [],
  });
  owner.children.push({ id: item.id, pointer: owner.pointer, placement: 'row' });
  pageIds.push(item.id);
}

/** The reference frontend matches types exactly; other spellings render here but not there. */
function spellingProblem(written: string, canonical: string): string | undefined {
  if (written === canonical || isCurrentAlias(written)) return undefined;
  if (written.toLowerCase() === canonical.toLowerCase())
    return `Type "${written}" is read as "${canonical}"; write it that way, as other Altinn tools match types exactly.`;
  return `Type "${written}" is an old name of "${canonical}"; read as "${canonical}".`;
}

function renameBindingKeys(type: string, bindings: Record<string, DataBinding>): Record<string, DataBinding> {
  const aliases = BINDING_KEY_ALIASES[type];
  if (!aliases) return bindings;
  return Object.fromEntries(Object.entries(bindings).map(([key, binding]) => [aliases[key] ?? key, binding]));
}
