import { Button as DsButton } from '@digdir/designsystemet-react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';

/** The form's submit button (`mode: "submit"`, the default). */
export function Button({ node }: SkjemaComponentProps) {
  const { submit } = useFormContext();
  const customTitle = useNodeText(node, 'title');
  const defaultTitle = useText('general.submit');
  const title = customTitle ?? defaultTitle;
  return (
    <DsButton id={node.id} type="button" variant="primary" onClick={submit} className="skjema-submit">
      {title}
    </DsButton>
  );
}
