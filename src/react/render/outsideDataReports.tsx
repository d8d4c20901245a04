import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FormEngine, FormNode } from '../../core/form/index.ts';
import { useListedAttachments } from '../components/FileUpload/useAttachments.ts';
import { useSubformEntries } from '../components/Subform/useSubformEntries.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useReportSubformEntries } from '../context/SubformEntriesReport.ts';
import { outsideDataOf } from './outsideDataOf.ts';

/**
 * The reports of `OutsideDataChecks`: every Subform's entries and every upload component's files,
 * told to the validator. Loaded only by forms that have such a component, with the subform and
 * attachment lists they read.
 */
export function CheckedNodes({ engine }: { engine: FormEngine }) {
  const subscribe = useCallback((onChange: () => void) => engine.subscribe(onChange), [engine]);
  // A key, so that only rows coming and going re-render this, not every keystroke.
  const idsKey = useSyncExternalStore(subscribe, () => checkedNodeIds(engine).join('\n'));
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);
  return ids.map((id) => <NodeListReport key={id} nodeId={id} />);
}

function NodeListReport({ nodeId }: { nodeId: string }) {
  const { engine } = useFormContext();
  const node = engine.tree.node(nodeId);
  if (!node) return null;
  return outsideDataOf(engine, node.type) === 'subformEntries' ? (
    <SubformEntriesReport node={node} />
  ) : (
    <AttachmentCountReport node={node} />
  );
}

function SubformEntriesReport({ node }: { node: FormNode }) {
  const report = useReportSubformEntries();
  const { loaded, state } = useSubformEntries(node);
  useEffect(() => {
    if (loaded) report(node.id, state);
  }, [report, node.id, loaded, state]);
  return null;
}

function AttachmentCountReport({ node }: { node: FormNode }) {
  const { reportAttachments } = useFormContext();
  const [{ loaded, items }] = useListedAttachments(node.baseId);
  const count = items.length;
  useEffect(() => {
    if (loaded) reportAttachments(node.id, count);
  }, [reportAttachments, node.id, loaded, count]);
  return null;
}

function checkedNodeIds(engine: FormEngine): string[] {
  const ids = new Set<string>();
  const visit = (nodes: readonly FormNode[]) => {
    for (const node of nodes) {
      if (outsideDataOf(engine, node.type) !== undefined) ids.add(node.id);
      visit(node.children);
      for (const row of node.rows ?? []) visit(row.children);
    }
  };
  for (const page of engine.tree.pages) visit(page.children);
  return [...ids];
}
