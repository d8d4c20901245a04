import { Button } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { Markdown } from './Markdown.tsx';
import './help.css';

/** A help button and the text it opens, for the component to place: the button beside its title, the text below. */
export interface HelpParts {
  /** Null when there is no help text. */
  readonly button: ReactNode;
  /** Null when there is no help text; hidden until the button opens it. */
  readonly text: ReactNode;
}

const NO_HELP: HelpParts = { button: null, text: null };

// Stands for the title in the button's name template, which is split around it.
const TITLE_MARK = '\u0000';

/** The node's `help` text behind a button named after `about` (its title). */
export function useHelp(node: FormNode, about: string | undefined): HelpParts {
  return useHelpText(useNodeText(node, 'help'), about);
}

/**
 * A help text behind a small disclosure button, for `help` bindings, option `helpText` and Grid
 * cells. A disclosure rather than the reference's popover: the text opens in the reading order
 * right after the title, works with zoom and screen readers, and nothing covers the form. The
 * button says whether it is open (`aria-expanded`) and which text it opens (`aria-controls`);
 * Escape closes it again from the button or from inside the text, and focus stays on the button.
 */
export function useHelpText(help: string | undefined, about: string | undefined): HelpParts {
  const [open, setOpen] = useState(false);
  const id = useId();
  const nameId = `${id}-name`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const nameKey = help === undefined ? undefined : about === undefined ? 'helptext.button' : 'helptext.button_title';
  const template = useText(nameKey, { params: [TITLE_MARK] }) ?? '';
  if (help === undefined) return NO_HELP;
  const [before, after = ''] = template.split(TITLE_MARK);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here, so an Escape meant for the help does not also close a dialog around the field.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  return {
    button: (
      <>
        {/* The name is the title as shown (its Markdown rendered), not the raw text key value. */}
        <span id={nameId} hidden>
          {before}
          {about !== undefined && <Markdown text={about} inline />}
          {after}
        </span>
        <Button
          ref={buttonRef}
          type="button"
          variant="tertiary"
          data-size="sm"
          icon
          className="skjema-help-button"
          aria-labelledby={nameId}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          onKeyDown={onKeyDown}
        >
          <QuestionMarkIcon />
        </Button>
      </>
    ),
    text: (
      // Not a control itself: it only hears an Escape pressed on a link inside the text.
      // eslint-disable-next-line jsx-a11y/no-static-element-interactions
      <div id={id} className="skjema-help-text" hidden={!open} onKeyDown={onKeyDown}>
        <Markdown text={help} />
      </div>
    ),
  };
}

function QuestionMarkIcon() {
  return (
    <svg width="1.25em" height="1.25em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        fill="currentColor"
        d="M12 6.5c-1.9 0-3.4 1.3-3.5 3.1a1 1 0 0 0 2 .1c0-.7.7-1.2 1.5-1.2.9 0 1.5.6 1.5 1.3 0 .5-.2.8-.9 1.3-.9.6-1.6 1.3-1.6 2.6v.3a1 1 0 1 0 2 0v-.3c0-.4.2-.6.8-1 .9-.6 1.7-1.4 1.7-2.9 0-1.9-1.6-3.3-3.5-3.3ZM12 15.8a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4Z"
      />
    </svg>
  );
}
