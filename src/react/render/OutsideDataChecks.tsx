import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { FormEngine, FormNode } from '../../core/form/index.ts';
import { useListedAttachments } from '../components/FileUpload/useAttachments.ts';
import { useSubformEntries } from '../components/Subform/useSubformEntries.ts';
import { useFormContext } from '../context/FormContext.ts';
import { useReportSubformEntries } from '../context/SubformEntriesReport.ts';

/**
 * Tells the form's validator what every Subform's entries and every upload component's files are,
 * on whichever page (or repeating-group row) the component is and whether or not it is on screen,
 * so that submitting from another page checks them too. This is the one place that reports them:
 * a component opened later reads the same lists and changes them, and the report follows, so the
 * numbers cannot differ and an opened page neither counts twice nor clears an error for a moment.
 * Hidden components are reported as well; the validator skips them.
 */
export function OutsideDataChecks() {
  const { engine } = useFormContext();
  // Most forms have neither: they then pay nothing, not even a tree walk when values change.
  const needed = useMemo(() => hasCheckedTypes(engine), [engine]);
  return needed ? <CheckedNodes engine={engine} /> : null;
}

function CheckedNodes({ engine }: { engine: FormEngine }) {
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

/** The list outside the form data that a type's checks read (uploads, subform entries), as its definition says. */
const outsideDataOf = (engine: FormEngine, type: string) => engine.componentTypes.get(type)?.outsideData;

function hasCheckedTypes(engine: FormEngine): boolean {
  return Object.values(engine.layoutSet.layouts).some((file) => {
    const components = (file as { data?: { layout?: unknown } } | undefined)?.data?.layout;
    return (
      Array.isArray(components) &&
      components.some((component) => {
        // Layout files keep the type as written (`fileupload`); definitions are found in any case.
        const written = (component as { type?: unknown } | null)?.type;
        return typeof written === 'string' && outsideDataOf(engine, written) !== undefined;
      })
    );
  });
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
