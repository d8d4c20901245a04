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
  const ownTitle = useText(typeof topLevel === 'string' ? topLevel : undefined, { rowIndices: node.rowIndices });
  return summaryTitle ?? plainTitle ?? (ownTitle || undefined);
}

/**
 * What a change button names after "Endre": `summaryAccessibleTitle` when the layout gives one
 * (a title written for screen readers), else the title the summary shows, else `fallback`.
 */
export function useChangeLabel(node: FormNode, fallback: string): string {
  const accessible = useNodeText(node, 'summaryAccessibleTitle');
  const title = useSummaryTitle(node);
  return accessible ?? title ?? fallback;
}

/** "Endre": to the component's page, focusing the component, with a way back to the summary. */
export function ChangeButton({ node, options, label }: { node: FormNode; options: SummaryOptions; label: string }) {
  const { focusNode } = useFormContext();
  const change = useText('summary.change');
  const changeLabel = useText('summary.change_field', { params: [label] });
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
