import { FieldsetDescription, FieldsetLegend } from '@digdir/designsystemet-react';
import { FieldLabel } from './FieldLabel.tsx';
import { Markdown } from './Markdown.tsx';

/** The legend (none without a title) and description of a radio or checkbox group. */
export function OptionGroupHeading({
  title,
  description,
  required,
}: {
  title: string | undefined;
  description: string | undefined;
  required: boolean;
}) {
  return (
    <>
      {title !== undefined && (
        <FieldsetLegend>
          <FieldLabel title={title} required={required} />
        </FieldsetLegend>
      )}
      {description && (
        // A div, not Designsystemet's <p>: a Markdown description may hold a list. `data-field`
        // keeps it styled as, and part of the group's name as, the fieldset's description.
        <FieldsetDescription asChild>
          <div data-field="description">
            <Markdown text={description} />
          </div>
        </FieldsetDescription>
      )}
    </>
  );
}
