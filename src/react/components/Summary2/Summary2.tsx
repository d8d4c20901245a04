import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { parseOverrides } from './overrides.ts';
import { useFormVersion, type SummaryOptions } from './SummaryList.tsx';
import { Summary2Body, type Summary2Target } from './Summary2Body.tsx';
import { OtherTaskSummary, isOtherTask } from './OtherTaskSummary.tsx';
import './summary.css';

interface Summary2Config {
  target?: Summary2Target;
  hideEmptyFields?: boolean;
  isCompact?: boolean;
  showPageInAccordion?: boolean;
  overrides?: unknown;
}

/**
 * What the user entered, read-only: one component, one page or every page of the layout set,
 * each field with its title, its display value and an `Endre` button back to the field. A
 * `taskId` naming another process task summarises that task's layout set instead (see
 * `OtherTaskSummary`).
 */
export function Summary2({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  useFormVersion();
  const config = node.component as Summary2Config;
  const target = config.target ?? { type: 'layoutSet' };
  const options: SummaryOptions = {
    origin: { summaryId: node.id, page: node.page },
    hideEmptyFields: config.hideEmptyFields === true,
    compact: config.isCompact,
    overrides: parseOverrides(config.overrides),
  };
  const accordion = config.showPageInAccordion === true;
  return (
    <div id={node.id} className="skjema-summary">
      {isOtherTask(engine, target.taskId) ? (
        <OtherTaskSummary taskId={target.taskId} target={target} options={options} accordion={accordion} />
      ) : (
        <Summary2Body target={target} options={options} accordion={accordion} />
      )}
    </div>
  );
}
