import { Button } from '@digdir/designsystemet-react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import type { SummaryOptions } from './SummaryList.tsx';

/** The DOM id of a summary's change button for a node: where "back to summary" puts the focus. */
function changeButtonId(options: SummaryOptions, node: FormNode): string | undefined {
  return options.origin && `${options.origin.summaryId}-change-${node.id}`;
}

/**
 * The title a summary shows for a component: `summaryTitle`, else `title`; AddToList and
 * SimpleTable write their title as a top-level `title` text key.
 */
export function useSummaryTitle(node: FormNode): string | undefined {
  const summaryTitle = useNodeText(node, 'summaryTitle');
  const plainTitle = useNodeText(node, 'title');
  const topLevel = (node.component as { title?: unknown }).title;
  const ownTitle = useText(typeof topLevel === 'string' ? topLevel : undefined, {
    rowIndices: node.rowIndices,
    markValues: true,
  });
  return summaryTitle ?? plainTitle ?? (ownTitle || undefined);
}

/**
 * The name a screen reader hears for a component the summary shows without a title (it shows no
 * component id either): another name the layout gives it, its column heading or `shortName`.
 */
export function useUntitledName(node: FormNode): string | undefined {
  const tableTitle = useNodeText(node, 'tableTitle', { plain: true });
  const shortName = useNodeText(node, 'shortName', { plain: true });
  return tableTitle ?? shortName;
}

/**
 * What a change button names after "Endre": `summaryAccessibleTitle` when the layout gives one
 * (a title written for screen readers), else the title the summary shows, else another name the
 * layout gives the component. Undefined without any: the button is then just "Endre".
 */
export function useChangeLabel(node: FormNode): string | undefined {
  const accessible = useNodeText(node, 'summaryAccessibleTitle');
  const title = useSummaryTitle(node);
  const untitled = useUntitledName(node);
  return accessible ?? title ?? untitled;
}

/** "Endre": to the component's page, focusing the component, with a way back to the summary. */
export function ChangeButton({
  node,
  options,
  label,
}: {
  node: FormNode;
  options: SummaryOptions;
  label: string | undefined;
}) {
  const { focusNode } = useFormContext();
  const change = useText('summary.change');
  const changeLabel = useText(label === undefined ? undefined : 'summary.change_field', { params: [label] });
  const id = changeButtonId(options, node);
  const { origin } = options;
  return (
    <Button
      id={id}
      variant="tertiary"
      data-size="sm"
      aria-label={changeLabel}
      onClick={() =>
        focusNode(
          node.id,
          node.page,
          origin && id
            ? { page: origin.page, focusId: id, buttonText: origin.buttonText, showNext: origin.showNext }
            : undefined,
        )
      }
    >
      {change}
    </Button>
  );
}
