export { createFormTree } from './createFormTree.ts';
export type {
  CodeListOption,
  DataElement,
  EvaluationSite,
  FormEnvironment,
  FormTree,
  FormTreeInput,
  LayoutNode,
  PageNode,
  RowNode,
  TextResourceEntry,
  TextResourceVariable,
} from './types.ts';
