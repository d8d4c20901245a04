import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';
import { Markdown } from './Markdown.tsx';

/**
 * The `help` text behind a small disclosure button. A plain disclosure, not a popover: it works
 * with zoom and screen readers, and the text stays in the reading order right after the title.
 */
export function useHelp(node: FormNode, about: string | undefined) {
  const help = useNodeText(node, 'help');
  const [open, setOpen] = useState(false);
  const id = useId();
  const name = useText('helptext.button_title', { params: [about ?? node.baseId] });
  if (help === undefined) return { button: null, text: null };
  return {
    button: (
      <Button
        type="button"
        variant="tertiary"
        data-size="sm"
        icon
        aria-label={name}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        ?
      </Button>
    ),
    text: (
      <Paragraph id={id} data-size="sm" hidden={!open} asChild>
        <div>
          <Markdown text={help} />
        </div>
      </Paragraph>
    ),
  };
}
