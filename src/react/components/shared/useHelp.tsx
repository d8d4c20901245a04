import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { onDemandPart, useOnDemandPart } from '../../render/onDemandPart.tsx';

/** A help button and the text it opens, for the component to place: the button beside its title, the text below. */
export interface HelpParts {
  /** Null when there is no help text. */
  readonly button: ReactNode;
  /** Null when there is no help text; hidden until the button opens it. */
  readonly text: ReactNode;
}

const NO_HELP: HelpParts = { button: null, text: null };

// Stands for the title in the button's name template, which is split around it.
export const TITLE_MARK = '\u0000';

/** The button and its text, loaded only by forms with a help text (see `hasHelpTexts`). */
export const helpPart = onDemandPart(() => import('./helpParts.tsx'));

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
  const buttonRef = useRef<HTMLButtonElement>(null);
  const nameKey = help === undefined ? undefined : about === undefined ? 'helptext.button' : 'helptext.button_title';
  const template = useText(nameKey, { params: [TITLE_MARK] }) ?? '';
  // Asked for here by a help text `SkjemaForm` did not load it for (options fetched while the form runs).
  const parts = useOnDemandPart(helpPart, help !== undefined);
  if (help === undefined || !parts) return NO_HELP;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Handled here, so an Escape meant for the help does not also close a dialog around the field.
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const { HelpButton, HelpText } = parts;
  return {
    button: (
      <HelpButton
        id={id}
        about={about}
        template={template}
        open={open}
        onToggle={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        buttonRef={buttonRef}
      />
    ),
    text: <HelpText id={id} help={help} open={open} onKeyDown={onKeyDown} />,
  };
}
