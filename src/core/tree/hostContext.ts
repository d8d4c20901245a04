import type { ExpressionContext, ExprLiteral } from '../expressions/index.ts';
import { ExpressionRuntimeError } from '../expressions/errors.ts';
import { hasDisplayValue } from './displayValue.ts';
import { currentTask, dataElementsOf, instanceContextValue } from './instanceData.ts';
import { optionLabelFor } from './options.ts';
import type { Site, TreeRuntime } from './runtime.ts';
import { resolveTarget } from './targets.ts';
import { resolveTextResource } from './textResources.ts';
import { transposeField } from './transpose.ts';

/** Expressions only see scalars from the data model; objects and arrays read as null. */
function scalar(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? null : value;
}

/** The expression engine's view of the tree at one site; every data read is tracked by the running cell. */
export function createHostContext(runtime: TreeRuntime, site: Site): ExpressionContext {
  const environment = runtime.environment;
  return {
    dataModel(path, dataType) {
      const type = dataType ?? runtime.defaultDataType;
      runtime.store(type);
      const location = site.location;
      const resolved = location && location.dataType === type ? transposeField(path, location.path) : path;
      return runtime.readData(type, resolved);
    },

    component(id) {
      const target = resolveTarget(runtime, site, id);
      if (!target.node) return null;
      const binding = target.node.bindings.simpleBinding;
      if (!binding) throw new ExpressionRuntimeError(`Component ${id} does not have a simpleBinding`);
      if (target.node.isHidden()) return null;
      return scalar(runtime.readData(binding.dataType, binding.field));
    },

    displayValue(id) {
      const target = resolveTarget(runtime, site, id);
      if (!hasDisplayValue(target.entry.component.type)) {
        throw new ExpressionRuntimeError(`Component with identifier ${id} (type ${target.entry.component.type}) does not have a displayValue`);
      }
      if (!target.node || target.node.isHidden()) return null;
      return target.node.displayValue();
    },

    instanceContext: (key) => instanceContextValue(environment, key),

    authContext(key) {
      const task = currentTask(environment);
      if (!task) return undefined;
      if (key === 'read' || key === 'write') return typeof task[key] === 'boolean' ? (task[key] as boolean) : undefined;
      const actions = task.actions;
      if (actions === null || typeof actions !== 'object') return undefined;
      const value = (actions as Record<string, unknown>)[key];
      return typeof value === 'boolean' ? value : undefined;
    },

    frontendSettings: (key) => environment.frontendSettings?.[key],

    text: (key) => resolveTextResource(runtime, site, key),

    language: () => environment.language ?? 'nb',

    optionLabel: (optionsId: string, value: ExprLiteral) => optionLabelFor(runtime, site, optionsId, value),

    externalApi: (apiId) => environment.externalApis?.[apiId],

    countDataElements: (dataType) => dataElementsOf(environment).filter((element) => element.dataType === dataType).length,

    taskId() {
      const id = currentTask(environment)?.elementId;
      return typeof id === 'string' ? id : null;
    },

    instanceId() {
      if (environment.stateless) return null;
      const id = environment.instance?.id;
      return typeof id === 'string' ? id : null;
    },

    currentPage: () => environment.currentPage?.() ?? site.page,

    componentLocation(id) {
      const entry = runtime.layouts.components.get(id);
      if (!entry) throw new ExpressionRuntimeError(`Unable to find component with identifier ${id}`);
      let indexedId = id;
      try {
        indexedId = resolveTarget(runtime, site, id).indexedId;
      } catch {
        // Outside the target's rows a link can still point at the component's first appearance.
      }
      return { page: entry.page, indexedId };
    },

    positionalArguments: () => site.positionalArguments,
    valueArguments: () => site.valueArguments,
  };
}
