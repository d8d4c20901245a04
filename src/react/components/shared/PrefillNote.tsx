import { FieldDescription } from '@digdir/designsystemet-react';
import { useCallback, useSyncExternalStore } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import './prefillNote.css';

/**
 * Says where a prefilled value came from ("Hentet fra Folkeregisteret"), under the field, as long
 * as the field still holds that value; once the user changes it, the value is theirs and the note
 * goes. Part of the field's description, so a screen reader reads it with the field.
 */
export function PrefillNote({ node }: { node: FormNode }) {
  const { engine, session } = useFormContext();
  const texts = useTextResolver();
  const binding = node.bindings.simpleBinding;
  // Every field mounts a note: it follows only the stored value at its own path (what
  // `prefillOrigin` compares), and the origin itself is the snapshot, so an edit that leaves the
  // note as it was re-renders nothing.
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!binding) return () => {};
      return engine.data.model(binding.dataType).subscribeAt(binding.field, onChange);
    },
    [engine, binding],
  );
  const read = () => session.prefillOrigin(node);
  const origin = useSyncExternalStore(subscribe, read, read);
  if (!origin) return null;
  return (
    <FieldDescription className="skjema-prefill-note" data-prefill-source={origin}>
      {texts.resolve(`prefill.source.${origin}`)}
    </FieldDescription>
  );
}
