import { Button } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import type { PageValidationConfig } from '../../../core/validation/index.ts';

/** Back and next between the pages the user can visit now (hidden pages are skipped). */
export function NavigationButtons({ node }: SkjemaComponentProps) {
  const { navigation } = useFormContext();
  const { showBackButton, validateOnNext, validateOnPrevious } = node.component as {
    showBackButton?: boolean;
    validateOnNext?: PageValidationConfig;
    validateOnPrevious?: PageValidationConfig;
  };
  const index = navigation.pages.indexOf(navigation.current);
  const hasNext = index >= 0 && index < navigation.pages.length - 1;
  const hasPrevious = index > 0;
  const customNext = useNodeText(node, 'next');
  const customBack = useNodeText(node, 'back');
  const defaultNext = useText('navigation.next');
  const defaultBack = useText('navigation.back');
  const nextText = customNext ?? defaultNext;
  const backText = customBack ?? defaultBack;
  if (!hasNext && !(showBackButton && hasPrevious)) return null;
  return (
    <div id={node.id} className="skjema-navigation-buttons">
      {showBackButton && hasPrevious && (
        <Button type="button" variant="secondary" onClick={() => navigation.previous(validateOnPrevious)}>
          {backText}
        </Button>
      )}
      {hasNext && (
        <Button type="button" variant="primary" onClick={() => navigation.next(validateOnNext)}>
          {nextText}
        </Button>
      )}
    </div>
  );
}
