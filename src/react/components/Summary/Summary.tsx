import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { SummaryList, SummaryPage, useFormVersion } from '../Summary2/SummaryList.tsx';
import '../Summary2/summary.css';

interface SummaryConfig {
  componentRef?: string;
  excludedChildren?: string[];
  display?: { hideChangeButton?: boolean };
}

/**
 * The older summary: `componentRef` names a component, a group or a page, shown like Summary2
 * shows it. `largeGroup` and the other `display` settings are not supported yet.
 */
export function Summary({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  useFormVersion();
  const config = node.component as SummaryConfig;
  const options = {
    hideChangeButton: config.display?.hideChangeButton === true,
    excluded: Array.isArray(config.excludedChildren) ? config.excludedChildren : undefined,
  };
  const ref = config.componentRef;
  const target = ref === undefined ? undefined : engine.tree.node(ref);
  const page = ref === undefined || target ? undefined : engine.tree.page(ref);
  return (
    <div id={node.id} className="skjema-summary">
      {target && <SummaryList nodes={[target]} options={options} />}
      {page && !page.isHidden() && <SummaryPage page={page} options={options} />}
    </div>
  );
}
