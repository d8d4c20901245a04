import type { PageNode } from '../../../core/tree/types.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { SummaryList, SummaryPage, useFormVersion, type SummaryOptions } from './SummaryList.tsx';
import './summary.css';

interface Summary2Config {
  target?: { type?: 'component' | 'page' | 'layoutSet'; id?: string };
  hideEmptyFields?: boolean;
  isCompact?: boolean;
}

/**
 * What the user entered, read-only: one component, one page or every page of the layout set,
 * each field with its title, its display value and an `Endre` button back to the field.
 * `showPageInAccordion` and `overrides` are not supported yet: pages are always shown open.
 */
export function Summary2({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  useFormVersion();
  const config = node.component as Summary2Config;
  const options: SummaryOptions = { hideEmptyFields: config.hideEmptyFields === true, compact: config.isCompact };
  const target = config.target ?? { type: 'layoutSet' };
  const tree = engine.tree;
  let body;
  if (target.type === 'component') {
    const targetNode = target.id === undefined ? undefined : tree.node(target.id);
    body = targetNode && <SummaryList nodes={[targetNode]} options={options} />;
  } else if (target.type === 'page') {
    const page = target.id === undefined ? undefined : tree.page(target.id);
    body = page && !page.isHidden() && <SummaryPage page={page} options={options} />;
  } else {
    const pages = engine
      .navigablePages()
      .map((key) => tree.page(key))
      .filter((page): page is PageNode => page !== undefined);
    body = pages.map((page) => <SummaryPage key={page.key} page={page} options={options} />);
  }
  return (
    <div id={node.id} className="skjema-summary">
      {body}
    </div>
  );
}
