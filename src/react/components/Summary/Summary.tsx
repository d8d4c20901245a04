import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import {
  nodesNamed,
  summarisesAnything,
  SummaryList,
  SummaryPage,
  useFormVersion,
  type SummaryOptions,
} from '../Summary2/SummaryList.tsx';
import { useDefinitionOf } from '../Summary2/useDefinitionOf.ts';
import '../Summary2/summary.css';

interface SummaryConfig {
  componentRef?: string;
  excludedChildren?: string[];
  largeGroup?: boolean;
  textResourceBindings?: { returnToSummaryButtonTitle?: unknown };
  display?: {
    hideChangeButton?: boolean;
    hideValidationMessages?: boolean;
    hideBottomBorder?: boolean;
    nextButton?: boolean;
    useComponentGrid?: boolean;
  };
}

/**
 * The older summary: `componentRef` names a component, a group or a page, shown like Summary2
 * shows it. A repeating group is compact (one line per field, one change button) unless
 * `largeGroup` asks for every row in full. With `display.useComponentGrid` each field's line
 * takes the field's own `grid` (width, and title beside value by `labelGrid`/`innerGrid`), as in
 * the form; for a group this applies to every field in it. A summary with nothing to show (its
 * target hidden, or a group without visible fields) draws nothing, not even its bottom rule.
 */
export function Summary({ node }: SkjemaComponentProps) {
  const { engine } = useFormContext();
  const definitionOf = useDefinitionOf();
  useFormVersion();
  const config = node.component as SummaryConfig;
  const display = config.display ?? {};
  const returnText =
    config.textResourceBindings?.returnToSummaryButtonTitle === undefined
      ? undefined
      : node.evaluate('textResourceBindings.returnToSummaryButtonTitle', 'string', '');
  const options: SummaryOptions = {
    origin: {
      summaryId: node.id,
      page: node.page,
      buttonText: typeof returnText === 'string' && returnText !== '' ? returnText : undefined,
      showNext: display.nextButton === true,
    },
    hideChangeButton: display.hideChangeButton === true,
    hideValidationMessages: display.hideValidationMessages === true,
    excluded: Array.isArray(config.excludedChildren) ? config.excludedChildren : undefined,
    smallGroups: config.largeGroup !== true,
    componentGrid: display.useComponentGrid === true,
  };
  const ref = config.componentRef;
  const targets = ref === undefined ? [] : nodesNamed(engine.tree, ref);
  const found = ref === undefined || targets.length > 0 ? undefined : engine.tree.page(ref);
  const page = found && !found.isHidden() ? found : undefined;
  const shown = page ? page.children : targets;
  if (!summarisesAnything(shown, definitionOf, options)) return null;
  // The bottom rule closes the summary: its last line leaves out its own, so they never double.
  const bordered = display.hideBottomBorder !== true;
  return (
    <div id={node.id} className={`skjema-summary${bordered ? ' skjema-summary--bordered' : ''}`}>
      {page ? (
        <SummaryPage page={page} options={options} closed={bordered} />
      ) : (
        <SummaryList nodes={targets} options={options} closed={bordered} />
      )}
    </div>
  );
}
