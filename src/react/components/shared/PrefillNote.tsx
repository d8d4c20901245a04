import { FieldDescription } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import './prefillNote.css';

/**
 * Says where a prefilled value came from ("Hentet fra Folkeregisteret"), under the field, as long
 * as the field still holds that value; once the user changes it, the value is theirs and the note
 * goes. Part of the field's description, so a screen reader reads it with the field.
 */
export function PrefillNote({ node }: { node: FormNode }) {
  const { session } = useFormContext();
  const { text } = useBinding(node);
  const texts = useTextResolver();
  // `text` changes with the value, so the note is looked up again after every edit.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the value is read by prefillOrigin
  const origin = useMemo(() => session.prefillOrigin(node), [session, node, text]);
  if (!origin) return null;
  return (
    <FieldDescription className="skjema-prefill-note" data-prefill-source={origin}>
      {texts.resolve(`prefill.source.${origin}`)}
    </FieldDescription>
  );
}
