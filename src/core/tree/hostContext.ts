import type {
  ComponentLocation,
  ExpressionContext,
  ExpressionFormat,
  ExprLiteral,
  InstanceContextKey,
  ValueArguments,
} from '../expressions/index.ts';
import { ExpressionRuntimeError } from '../expressions/errors.ts';
import { hasDisplayValue } from './displayValue.ts';
import type { LayoutNodeImpl } from './layoutNode.ts';
import { currentTask, dataElementsOf, instanceContextValue } from './instanceData.ts';
import { optionLabelFor } from './options.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { findEntry, resolveTarget, type ResolvedTarget } from './targets.ts';
import { resolveTextResource } from './textResources.ts';
import { transposeField } from './transpose.ts';

/**
 * Hidden as `component()` and `displayValue()` see a target: hidden, or (v9 apps) kept out of
 * its form by a container's own rule, at any level above it (`childHidden`).
 */
function hiddenToLookups(runtime: TreeRuntime, target: LayoutNodeImpl): boolean {
  if (target.isHidden()) return true;
  if (runtime.format === 'v8') return false;
  for (let child = target, parent = target.parent; parent; child = parent, parent = parent.parent) {
    if (runtime.componentTypes.get(parent.type)?.childHidden?.(parent.component, child.baseId)) return true;
  }
  return false;
}

/** Expressions only see scalars from the data model; objects and arrays read as null. */
function scalar(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? null : value;
}

/**
 * The expression engine's view of the tree at one site. Every data read goes through the runtime,
 * so the cell that is computing records it. A class (not closures) because big forms create one
 * per node and row.
 */
class TreeHostContext implements ExpressionContext {
  constructor(
    private readonly runtime: TreeRuntime,
    private readonly site: Site,
  ) {}

  private get environment() {
    return this.runtime.environment;
  }

  get format(): ExpressionFormat {
    return this.runtime.format;
  }

  dataModel(path: string, dataType: string | null): unknown {
    const type = dataType ?? this.runtime.defaultDataType;
    this.runtime.store(type);
    const location = this.site.location;
    const resolved = location && location.dataType === type ? transposeField(path, location.path) : path;
    return this.runtime.readData(type, resolved);
  }

  component(id: string): unknown {
    // The reference uses one message for both an unknown id and a target without simpleBinding.
    const message = `Unable to find component with identifier ${id} or it does not have a simpleBinding`;
    let target: ResolvedTarget;
    try {
      target = resolveTarget(this.runtime, this.site, id);
    } catch (error) {
      throw error instanceof ExpressionRuntimeError ? new ExpressionRuntimeError(message) : error;
    }
    if (!target.entry.component.dataModelBindings?.simpleBinding) throw new ExpressionRuntimeError(message);
    if (!target.node) return null;
    const binding = target.node.bindings.simpleBinding;
    if (hiddenToLookups(this.runtime, target.node)) return null;
    return scalar(this.runtime.readData(binding.dataType, binding.field));
  }

  displayValue(id: string): string | null {
    const target = resolveTarget(this.runtime, this.site, id);
    const type = target.entry.component.type;
    if (!hasDisplayValue(this.runtime, type))
      throw new ExpressionRuntimeError(`Component with identifier ${id} does not have a displayValue (type ${type})`);
    if (!target.node || hiddenToLookups(this.runtime, target.node)) return null;
    return target.node.displayValue();
  }

  instanceContext(key: InstanceContextKey): string | null | undefined {
    return instanceContextValue(this.environment, key);
  }

  authContext(key: string): boolean | null | undefined {
    const task = currentTask(this.environment);
    if (!task) return undefined;
    if (key === 'read' || key === 'write') return typeof task[key] === 'boolean' ? (task[key] as boolean) : undefined;
    const actions = task.actions;
    if (actions === null || typeof actions !== 'object') return undefined;
    const value = (actions as Record<string, unknown>)[key];
    return typeof value === 'boolean' ? value : undefined;
  }

  frontendSettings(key: string): unknown {
    return this.environment.frontendSettings?.[key];
  }

  text(key: string): string | undefined {
    return resolveTextResource(this.runtime, this.site, key);
  }

  language(): string {
    return this.environment.language ?? 'nb';
  }

  optionLabel(optionsId: string, value: ExprLiteral): string | null | undefined {
    return optionLabelFor(this.runtime, this.site, optionsId, value);
  }

  externalApi(apiId: string): unknown {
    return this.environment.externalApis?.[apiId];
  }

  countDataElements(dataType: string): number {
    return dataElementsOf(this.environment).filter((element) => element.dataType === dataType).length;
  }

  taskId(): string | null {
    const id = currentTask(this.environment)?.elementId;
    return typeof id === 'string' ? id : null;
  }

  instanceId(): string | null {
    if (this.environment.stateless) return null;
    const id = this.environment.instance?.id;
    return typeof id === 'string' ? id : null;
  }

  currentPage(): string | null {
    return this.environment.currentPage?.() ?? this.site.page;
  }

  componentLocation(id: string): ComponentLocation {
    // An indexed id (`name-1`) names a row's copy of the component, which lives on the same page.
    const { entry } = findEntry(this.runtime, id);
    let indexedId = id;
    try {
      indexedId = resolveTarget(this.runtime, this.site, id).indexedId;
    } catch {
      // Outside the target's rows a link can still point at the component's first appearance.
    }
    return { page: entry.page, indexedId };
  }

  positionalArguments(): readonly unknown[] | undefined {
    return this.site.positionalArguments;
  }

  valueArguments(): ValueArguments | undefined {
    return this.site.valueArguments;
  }
}

export function createHostContext(runtime: TreeRuntime, site: Site): ExpressionContext {
  return new TreeHostContext(runtime, site);
}
