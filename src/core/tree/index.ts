// createFormTree is exported from ./createFormTree.ts once it lands; the types are stable for the renderer now.
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
