import { Button } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';

/** Opens the browser's print dialog, where the user can also save the form as PDF. */
export function PrintButton({ node }: SkjemaComponentProps) {
  const custom = useNodeText(node, 'title', { plain: true });
  const fallback = useText('general.print_button_text');
  return (
    <div className="skjema-action">
      <Button id={node.id} type="button" variant="secondary" onClick={() => window.print()}>
        {custom ?? fallback}
      </Button>
    </div>
  );
}
