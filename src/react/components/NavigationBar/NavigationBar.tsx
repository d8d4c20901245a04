import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { PageValidationConfig } from '../../../core/validation/index.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useText, useTextResolver } from '../../i18n/useTexts.ts';
import { useNarrowScreen } from './useNarrowScreen.ts';

/**
 * The form's pages in order, the current one marked with `aria-current="page"`. On narrow screens,
 * or always with `compact`, the list folds behind a disclosure button naming the current page.
 * Going forward checks `validateOnForward` (or the page's `validationOnNavigation`), going back
 * `validateOnBackward`; what blocks opens the error report.
 */
export function NavigationBar({ node }: SkjemaComponentProps) {
  const { navigation } = useFormContext();
  const texts = useTextResolver();
  const label = useText('navigation.form_pages');
  const narrow = useNarrowScreen();
  const [open, setOpen] = useState(false);
  const { pages, current } = navigation;
  const index = pages.indexOf(current);
  const nameOf = (page: string) => (texts.has(page) ? texts.resolve(page) : page);
  const progress = useText('navigation.page_x_of_y', { params: [index + 1, pages.length] });
  const component = node.component as {
    compact?: boolean;
    validateOnForward?: PageValidationConfig;
    validateOnBackward?: PageValidationConfig;
  };
  const collapsible = component.compact === true || narrow;
  const listId = `${node.id}-pages`;
  const expanded = !collapsible || open;
  if (pages.length === 0) return null;
  return (
    <nav id={node.id} aria-label={label} className="skjema-navbar">
      {collapsible && (
        <Button
          type="button"
          variant="secondary"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {`${progress}: ${nameOf(current)}`}
        </Button>
      )}
      <ol id={listId} className="skjema-navbar-list" hidden={!expanded}>
        {pages.map((page) => (
          <li key={page}>
            <Button
              type="button"
              variant={page === current ? 'primary' : 'tertiary'}
              aria-current={page === current ? 'page' : undefined}
              onClick={() => {
                if (page === current) return setOpen(false);
                const forward = component.validateOnForward;
                const backward = component.validateOnBackward;
                if (navigation.navigate(page, { forward, backward })) setOpen(false);
              }}
            >
              {nameOf(page)}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
