import type { PageNode } from '../../../core/tree/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { nodesNamed, SummaryList, SummaryPage, useFormVersion, type SummaryOptions } from './SummaryList.tsx';

export interface Summary2Target {
  type?: 'component' | 'page' | 'layoutSet';
  id?: string;
  taskId?: string;
}

/** The summary of `target` in the form of the nearest `FormContext`. */
export function Summary2Body({
  target,
  options,
  accordion,
}: {
  target: Summary2Target;
  options: SummaryOptions;
  accordion: boolean;
}) {
  const { engine } = useFormContext();
  // Inside another task's form this listens to that form (its language), not the outer one.
  useFormVersion();
  const tree = engine.tree;
  // The schema lets a component target leave out its type: `{ "id": "name" }`.
  const type = target.type ?? (target.id !== undefined ? 'component' : 'layoutSet');
  if (type === 'component') {
    return target.id === undefined ? null : <SummaryList nodes={nodesNamed(tree, target.id)} options={options} />;
  }
  if (type === 'page') {
    const page = target.id === undefined ? undefined : tree.page(target.id);
    return page && !page.isHidden() ? <SummaryPage page={page} options={options} accordion={accordion} /> : null;
  }
  const pages = engine
    .navigablePages()
    .map((key) => tree.page(key))
    .filter((page): page is PageNode => page !== undefined);
  return (
    <>
      {pages.map((page) => (
        <SummaryPage key={page.key} page={page} options={options} accordion={accordion} />
      ))}
    </>
  );
}
