import { Button } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';
import type { PageValidationConfig } from '../../../core/validation/index.ts';

/**
 * Back and next between the pages the user can visit now (hidden pages are skipped). They sit from
 * the left edge like every other button, the primary one first: "next", or, after a summary's
 * change button brought the user here, "back to summary", which replaces next unless that summary
 * asks for next too. "Back" is always secondary and last, so a page with a submit button keeps one
 * primary action.
 */
export function NavigationButtons({ node }: SkjemaComponentProps) {
  const { navigation, returnToSummary, backToSummary } = useFormContext();
  const texts = useTextResolver();
  const defaultBackToSummary = useText('navigation.back_to_summary');
  const { showBackButton, validateOnNext, validateOnPrevious } = node.component as {
    showBackButton?: boolean;
    validateOnNext?: PageValidationConfig;
    validateOnPrevious?: PageValidationConfig;
  };
  const index = navigation.pages.indexOf(navigation.current);
  const returning = returnToSummary !== undefined && returnToSummary.page !== navigation.current;
  const hasNext =
    index >= 0 && index < navigation.pages.length - 1 && (!returning || returnToSummary.showNext === true);
  const hasBack = showBackButton === true && index > 0;
  const customNext = useNodeText(node, 'next', { plain: true });
  const customBack = useNodeText(node, 'back', { plain: true });
  const defaultNext = useText('navigation.next');
  const defaultBack = useText('navigation.back');
  const nextText = customNext ?? defaultNext;
  const backText = customBack ?? defaultBack;
  if (!returning && !hasNext && !hasBack) return null;
  const backToSummaryText = returnToSummary?.buttonText
    ? texts.resolve(returnToSummary.buttonText)
    : defaultBackToSummary;
  return (
    <div id={node.id} className="skjema-navigation-buttons">
      {hasNext && (
        <Button type="button" variant="primary" onClick={() => navigation.next(validateOnNext)}>
          {nextText}
        </Button>
      )}
      {returning && (
        <Button type="button" variant={hasNext ? 'secondary' : 'primary'} onClick={backToSummary}>
          {backToSummaryText}
        </Button>
      )}
      {hasBack && (
        <Button type="button" variant="secondary" onClick={() => navigation.previous(validateOnPrevious)}>
          {backText}
        </Button>
      )}
    </div>
  );
}
