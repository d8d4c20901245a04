import { getAtPath } from '../../../src/core/data/path.ts';
import {
  ExpressionRuntimeError,
  instanceContextValue,
  type ExpressionContext,
  type ExpressionFormat,
  type InstanceLike,
  type ValueArguments,
} from '../../../src/core/expressions/index.ts';

/** The setup fields of a shared-suite function test that a fake host can serve without layouts. */
export interface SuiteSetup {
  dataModel?: unknown;
  dataModels?: { dataElement: { id: string; dataType: string }; data: unknown }[];
  frontendSettings?: Record<string, unknown>;
  textResources?: {
    id: string;
    value: string;
    variables?: { key: string; dataSource: string; defaultValue?: string }[];
  }[];
  profileSettings?: { language?: string };
  instance?: InstanceLike;
  instanceDataElements?: { dataType: string }[];
  process?: { currentTask?: { elementId?: string } };
  permissions?: { read?: boolean; write?: boolean; actions?: Record<string, boolean> };
  externalApis?: { data?: Record<string, unknown> };
  codeLists?: Record<string, { label: string; value: unknown }[]>;
  positionalArguments?: unknown[];
  valueArguments?: ValueArguments;
  stateless?: boolean;
  context?: { currentLayout?: string };
}

const MOCK_INSTANCE: InstanceLike = {
  id: '512345/c6a3b7e4-1d2f-4a5b-9c8d-0e1f2a3b4c5d',
  appId: 'mockOrg/mockApp',
  instanceOwner: { partyId: '512345' },
};

function hasInstance(setup: SuiteSetup): boolean {
  return (
    !setup.stateless &&
    Boolean(setup.instance || setup.instanceDataElements || setup.process || setup.permissions || setup.dataModels)
  );
}

/** A minimal host built from a test file's setup, mimicking the reference harness (of `format`'s frontend). */
export function fakeContext(setup: SuiteSetup, format: ExpressionFormat = 'v8'): ExpressionContext {
  const models = new Map<string, unknown>();
  for (const model of setup.dataModels ?? []) models.set(model.dataElement.dataType, model.data);
  if (setup.dataModel !== undefined || !models.has('default')) models.set('default', setup.dataModel ?? {});
  const instance = hasInstance(setup) ? { ...MOCK_INSTANCE, ...setup.instance } : null;
  const taskId = instance ? (setup.process?.currentTask?.elementId ?? 'Task_1') : null;

  const dataModel = (path: string, dataType: string | null): unknown => {
    const type = dataType ?? 'default';
    if (!models.has(type)) throw new ExpressionRuntimeError(`Data model with type ${type} not found`);
    return getAtPath(models.get(type), path);
  };

  const variable = (v: { key: string; dataSource: string; defaultValue?: string }): string => {
    let found: unknown;
    if (v.dataSource.startsWith('dataModel.')) found = dataModel(v.key, v.dataSource.slice('dataModel.'.length));
    else if (v.dataSource === 'applicationSettings') found = setup.frontendSettings?.[v.key];
    else if (v.dataSource === 'instanceContext') found = instanceContextValue(instance, v.key as 'appId');
    if (found === undefined || found === null) return v.defaultValue ?? v.key;
    return String(found);
  };

  const text = (key: string): string | undefined => {
    const resource = setup.textResources?.find((r) => r.id === key);
    if (!resource) return undefined;
    return resource.value.replace(/\{(\d+)\}/g, (whole, index: string) => {
      const v = resource.variables?.[Number(index)];
      return v ? variable(v) : whole;
    });
  };

  const permissions = setup.permissions ?? { read: true, write: true, actions: {} };

  return {
    format,
    dataModel,
    frontendSettings: (key) => setup.frontendSettings?.[key],
    text,
    language: () => setup.profileSettings?.language ?? 'nb',
    instanceContext: (key) => instanceContextValue(instance, key),
    authContext: (key) => {
      if (key === 'read' || key === 'write') return permissions[key] ?? false;
      return permissions.actions?.[key];
    },
    taskId: () => taskId,
    instanceId: () => instance?.id ?? null,
    currentPage: () => setup.context?.currentLayout ?? 'FormLayout',
    countDataElements: (type) => {
      if (!instance) return 0;
      const fromModels = setup.dataModels?.filter((m) => m.dataElement.dataType === type).length ?? 0;
      const extra = setup.instanceDataElements?.filter((e) => e.dataType === type).length ?? 0;
      return fromModels + extra;
    },
    externalApi: (id) => setup.externalApis?.data?.[id],
    optionLabel: (optionsId, value) => {
      // Loose equality on purpose: option values are often numbers stored as strings.
      const list = setup.codeLists?.[optionsId];
      if (!list) return undefined;
      const option = list.find((o) => String(o.value) === String(value));
      return option ? (text(option.label) ?? option.label) : null;
    },
    positionalArguments: () => setup.positionalArguments,
    valueArguments: () => setup.valueArguments,
  };
}
