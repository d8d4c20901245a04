import { Button } from '@digdir/designsystemet-react';
import type { KeyboardEvent, RefObject } from 'react';
import { Markdown } from './Markdown.tsx';
import { TITLE_MARK } from './useHelp.tsx';
import './help.css';

/*
 * The help button and its text (see `useHelpText`), loaded only by forms that have a help text:
 * `SkjemaForm` awaits them before the first render when the app's files have one.
 */

interface HelpButtonProps {
  /** The text's element, which the button opens. */
  id: string;
  about: string | undefined;
  /** The button's name, with `TITLE_MARK` where the title goes. */
  template: string;
  open: boolean;
  onToggle: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

export function HelpButton({ id, about, template, open, onToggle, onKeyDown, buttonRef }: HelpButtonProps) {
  const nameId = `${id}-name`;
  const [before, after = ''] = template.split(TITLE_MARK);
  return (
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
        onClick={onToggle}
        onKeyDown={onKeyDown}
      >
        <QuestionMarkIcon />
      </Button>
    </>
  );
}

interface HelpTextProps {
  id: string;
  help: string;
  open: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function HelpText({ id, help, open, onKeyDown }: HelpTextProps) {
  return (
    // Not a control itself: it only hears an Escape pressed on a link inside the text.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div id={id} className="skjema-help-text" hidden={!open} onKeyDown={onKeyDown}>
      <Markdown text={help} />
    </div>
  );
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
