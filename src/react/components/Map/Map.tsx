import { FieldAffixes, Input, Link, Paragraph } from '@digdir/designsystemet-react';
import { useBinding } from '../../hooks/useBinding.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { DescriptionWithHints } from '../shared/FieldDescription.tsx';
import { FieldWithHelp } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';

/** `"lat,lon"` as two numbers within the globe, or undefined. */
export function parseLocation(text: string): { latitude: number; longitude: number } | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!match) return undefined;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

/**
 * The map marker without a map: the bound `"lat,lon"` as a text field (typed or pasted) and a link
 * that opens the place on OpenStreetMap in a new tab. No tiles are loaded.
 */
export function Map({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName, help } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const { text, setText } = useBinding(node);
  const location = parseLocation(text);
  const zoom = typeof node.component.zoom === 'number' ? Math.round(node.component.zoom) : 15;
  const status = location
    ? texts.resolve('map_component.location', { params: [`${location.latitude}, ${location.longitude}`] })
    : texts.resolve('map_component.no_location');
  return (
    <div className="skjema-field-stack">
      <FieldWithHelp
        node={node}
        title={title}
        help={help}
        required={required}
        description={<DescriptionWithHints description={description} hints={[]} />}
        error={error}
      >
        <FieldAffixes>
          <Input
            id={node.id}
            aria-label={title === undefined ? unlabelledName : undefined}
            value={text}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setText(event.target.value)}
            required={required}
            readOnly={readOnly}
            inputMode="decimal"
            autoComplete="off"
          />
        </FieldAffixes>
      </FieldWithHelp>
      <Paragraph data-size="sm" aria-live="polite">
        {status}
      </Paragraph>
      {location && (
        <Paragraph data-size="sm">
          <Link
            href={`https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=${zoom}/${location.latitude}/${location.longitude}`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {texts.resolve('map_component.open_in_map')}
          </Link>
        </Paragraph>
      )}
    </div>
  );
}
