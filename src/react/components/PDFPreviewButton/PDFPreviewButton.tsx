import { Button, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useFormServices } from '../../context/FormServices.ts';
import type { PdfPreviewService } from '../../../core/services/pdfPreview.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { isSafeUrl } from '../shared/safeUrl.ts';
import { useActionRunner } from '../shared/useActionRunner.ts';

type Outcome = 'opened' | 'unavailable' | 'failed' | undefined;

/**
 * Opens a preview of the PDF the form will produce, in a new tab. The preview is only asked for on
 * a press, since making it is costly for the server; the outcome is announced next to the button.
 */
export function PDFPreviewButton({ node }: SkjemaComponentProps) {
  const pdfPreview: PdfPreviewService = useFormServices();
  const texts = useTextResolver();
  const runner = useActionRunner();
  const title = useNodeText(node, 'title');
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const { buttonStyle } = node.component as { buttonStyle?: 'primary' | 'secondary' };
  const noteId = `${node.id}-note`;
  const preview = () =>
    runner.run(async () => {
      setOutcome(undefined);
      try {
        const url = await pdfPreview.fetchPdfPreviewUrl(texts.language);
        if (url === null || (!isSafeUrl(url) && !url.startsWith('blob:'))) {
          setOutcome('unavailable');
          return;
        }
        window.open(url, '_blank', 'noopener');
        setOutcome('opened');
      } catch (error) {
        setOutcome('failed');
        throw error;
      }
    });
  return (
    <div className="skjema-action">
      <Button
        id={node.id}
        type="button"
        variant={buttonStyle === 'primary' ? 'primary' : 'secondary'}
        aria-busy={runner.busy || undefined}
        aria-describedby={outcome ? noteId : undefined}
        onClick={preview}
      >
        {title !== undefined ? <Markdown text={title} inline links={false} /> : texts.resolve('pdf_preview.button')}
      </Button>
      <div role="status">
        {(outcome === 'opened' || outcome === 'unavailable') && (
          <Paragraph id={noteId} data-size="sm" className="skjema-action-note">
            {texts.resolve(outcome === 'opened' ? 'pdf_preview.opened' : 'pdf_preview.unavailable')}
          </Paragraph>
        )}
      </div>
      {outcome === 'failed' && (
        <ValidationMessage id={noteId} role="alert">
          {texts.resolve('pdf_preview.failed')}
        </ValidationMessage>
      )}
    </div>
  );
}
