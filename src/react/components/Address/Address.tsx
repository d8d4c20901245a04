import { Fieldset, FieldsetDescription, FieldsetLegend, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { LookupService } from '../../../core/services/lookups.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { FieldLabel } from '../shared/FieldLabel.tsx';
import { Markdown } from '../shared/Markdown.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/**
 * A Norwegian postal address. The post place is looked up from the postcode through the form
 * services and then locked; when the lookup knows nothing (a standalone form) the user types it.
 */
export function Address({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const simplified = (node.component as { simplified?: boolean }).simplified !== false;
  const zip = useBinding(node, 'zipCode');
  const postPlace = useBinding(node, 'postPlace');
  const found = usePostPlace(zip.text, postPlace.setText);
  const field = (key: string, label: string | undefined, extra: Partial<FieldProps> = {}) => (
    <AddressField node={node} binding={key} label={label} required={required} readOnly={readOnly} {...extra} />
  );
  const texts = useTextResolver();
  const titles = {
    careOf: useNodeText(node, 'careOfTitle'),
    zipCode: useNodeText(node, 'zipCodeTitle'),
    postPlace: useNodeText(node, 'postPlaceTitle'),
    houseNumber: useNodeText(node, 'houseNumberTitle'),
  };
  const labels = {
    address: texts.resolve('address_component.address'),
    careOf: titles.careOf ?? texts.resolve('address_component.care_of'),
    zipCode: titles.zipCode ?? texts.resolve('address_component.zip_code'),
    postPlace: titles.postPlace ?? texts.resolve('address_component.post_place'),
    houseNumber: titles.houseNumber ?? texts.resolve('address_component.house_number'),
  };
  const houseNumberHelp = texts.resolve('address_component.house_number_helper');
  const body = (
    <div className="skjema-field-stack">
      {!simplified && node.bindings.careOf && field('careOf', labels.careOf, { required: false, autoComplete: 'off' })}
      {field('address', labels.address, { autoComplete: 'street-address', error })}
      <div className="skjema-field-row">
        {field('zipCode', labels.zipCode, { autoComplete: 'postal-code', inputMode: 'numeric', narrow: true })}
        {field('postPlace', labels.postPlace, { autoComplete: 'address-level2', readOnly: readOnly || found })}
      </div>
      {!simplified &&
        node.bindings.houseNumber &&
        field('houseNumber', labels.houseNumber, { required: false, description: houseNumberHelp })}
    </div>
  );
  if (title === undefined) return <div id={node.id}>{body}</div>;
  return (
    <Fieldset id={node.id}>
      <FieldsetLegend>
        <FieldLabel title={title} required={false} />
      </FieldsetLegend>
      {description && (
        <FieldsetDescription asChild>
          <div data-field="description">
            <Markdown text={description} />
          </div>
        </FieldsetDescription>
      )}
      {body}
    </Fieldset>
  );
}

/** Looks the post place up when the postcode has four digits; true while the found one is shown. */
function usePostPlace(zipCode: string, setPostPlace: (text: string) => void): boolean {
  const lookups: LookupService = useFormServices();
  const [lookup, setLookup] = useState<{ zipCode: string; place: string | null }>({ zipCode: '', place: null });
  const complete = /^\d{4}$/.test(zipCode);
  useEffect(() => {
    if (!complete) return;
    let current = true;
    lookups.lookupPostPlace(zipCode).then(
      (place) => {
        if (!current) return;
        setLookup({ zipCode, place });
        if (place) setPostPlace(place);
      },
      () => current && setLookup({ zipCode, place: null }),
    );
    return () => {
      current = false;
    };
  }, [lookups, zipCode, complete, setPostPlace]);
  return complete && lookup.zipCode === zipCode && lookup.place !== null;
}

interface FieldProps {
  node: FormNode;
  binding: string;
  label: string | undefined;
  required: boolean;
  readOnly: boolean;
  autoComplete?: string;
  inputMode?: 'numeric';
  description?: string;
  error?: React.ReactNode;
  narrow?: boolean;
}

function AddressField({ node, binding, label, required, readOnly, narrow, ...props }: FieldProps) {
  const { text, setText } = useBinding(node, binding);
  return (
    <Textfield
      id={`${node.id}-${binding}`}
      className={narrow ? 'skjema-field-narrow' : undefined}
      label={<FieldLabel title={label} required={required} />}
      description={props.description}
      value={text}
      onChange={(event) => setText(event.target.value)}
      required={required}
      readOnly={readOnly}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      error={props.error}
    />
  );
}
