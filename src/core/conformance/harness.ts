import { DataModelStore } from '../data/store.ts';
import type { ExpressionFormat } from '../expressions/index.ts';
import { createFormTree } from '../tree/createFormTree.ts';
import type { DataElement, FormEnvironment, FormTree } from '../tree/types.ts';
import type { FunctionTestFile } from './types.ts';

/** The reference harness's defaults (§3.6): one layout set `layout-set`, data type `default`, task `Task_1`. */
export const HARNESS = {
  layoutSet: 'layout-set',
  dataType: 'default',
  taskId: 'Task_1',
  language: 'nb',
  partyId: '12345',
  appId: 'mockOrg/mockApp',
  instanceGuid: '91cefc5e-c47b-40ff-a8a4-05971ed5c3f0',
  /** The page the reference harness's router is on when a test names none (`backToPage`). */
  routerPage: 'FormLayout',
} as const;

const DEFAULT_LAYOUTS = {
  default: { data: { layout: [{ id: 'default', type: 'Input', dataModelBindings: { simpleBinding: 'mockField' } }] } },
};

function hasInstance(test: FunctionTestFile): boolean {
  return (
    !test.stateless &&
    Boolean(test.instance || test.instanceDataElements || test.process || test.permissions || test.dataModels)
  );
}

function dataStores(test: FunctionTestFile): Record<string, DataModelStore> {
  const stores: Record<string, DataModelStore> = {};
  for (const model of test.dataModels ?? []) stores[model.dataElement.dataType] = new DataModelStore(model.data);
  if (test.dataModel !== undefined || !stores[HARNESS.dataType])
    stores[HARNESS.dataType] = new DataModelStore(test.dataModel ?? {});
  return stores;
}

function environmentOf(test: FunctionTestFile): FormEnvironment {
  const dataElements: DataElement[] = [
    ...(test.dataModels ?? []).map((model) => ({ ...model.dataElement })),
    ...((test.instanceDataElements ?? []) as DataElement[]),
  ];
  const instance = hasInstance(test)
    ? {
        id: `${HARNESS.partyId}/${HARNESS.instanceGuid}`,
        appId: HARNESS.appId,
        org: HARNESS.appId.split('/')[0],
        instanceOwner: { partyId: HARNESS.partyId },
        ...test.instance,
        data: dataElements,
      }
    : null;
  const givenTask = (test.process?.currentTask ?? {}) as Record<string, unknown>;
  const currentTask = {
    elementId: HARNESS.taskId,
    read: true,
    write: true,
    actions: {},
    ...givenTask,
    ...test.permissions,
  };
  return {
    instance,
    process: instance ? { ...test.process, currentTask } : null,
    stateless: Boolean(test.stateless),
    frontendSettings: test.frontendSettings ?? {},
    textResources: test.textResources ?? [],
    language: test.profileSettings?.language ?? HARNESS.language,
    codeLists: test.codeLists ?? {},
    externalApis: test.externalApis?.data ?? {},
    dataElements: instance ? dataElements : [],
    currentPage: () => test.context?.currentLayout ?? HARNESS.routerPage,
  };
}

/** A form tree set up from a test file the way the reference harness (of `format`'s frontend) renders it. */
export function treeForTest(test: FunctionTestFile, format: ExpressionFormat = 'v8'): FormTree {
  const layouts = test.layouts ?? DEFAULT_LAYOUTS;
  return createFormTree({
    format,
    layouts,
    pageOrder: Object.keys(layouts),
    defaultDataType: HARNESS.dataType,
    dataModels: dataStores(test),
    environment: environmentOf(test),
  });
}
