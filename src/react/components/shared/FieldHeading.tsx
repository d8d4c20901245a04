import {
  Field,
  FieldDescription,
  FieldsetDescription,
  FieldsetLegend,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, type CSSProperties, type ReactNode } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { FieldLabel, fieldLabelContent } from './FieldLabel.tsx';
import { Markdown } from './Markdown.tsx';
import { PrefillNote } from './PrefillNote.tsx';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useHelp, useHelpText } from './useHelp.tsx';

/**
 * The label of a Designsystemet `Field`, with the node's help button beside it and the help text
 * under it. The button stays outside the `<label>`: inside, its name would become part of the
 * input's name (and a label may not contain a second control). Without help the label is alone,
 * as before. A field without a title (see `useFieldTexts`) shows no label, never its component id,
 * and no required mark; its help button (named without a title) then stands alone.
 */
export function FieldHeading({
  node,
  title,
  required,
  htmlFor,
}: {
  node: FormNode;
  title: string | undefined;
  required: boolean;
  htmlFor?: string;
}) {
  return headingWithHelp(useNodeText(node, 'help'), title, required, htmlFor);
}

/**
 * `FieldHeading` for a caller that has the help text already (`useFieldTexts` gives it). A function,
 * not a component, and without hooks: every field shows one, and a component each would be a
 * thousand more to mount in a thousand-field form.
 */
function headingWithHelp(help: string | undefined, title: string | undefined, required: boolean, htmlFor?: string) {
  const label = title !== undefined && <Label htmlFor={htmlFor}>{fieldLabelContent(title, required)}</Label>;
  // Most fields have no help: the button's state and name are only mounted where there is one.
  if (help === undefined) return label || null;
  return <LabelWithHelp help={help} title={title} label={label} />;
}

function LabelWithHelp({
  help: helpText,
  title,
  label,
}: {
  help: string;
  title: string | undefined;
  label: ReactNode;
}) {
  const help = useHelpText(helpText, title);
  return (
    <div className="skjema-label">
      <div className="skjema-label-row">
        {label}
        {help.button}
      </div>
      {help.text}
    </div>
  );
}

/** What `useFieldsetHeading` gives the fieldset: its heading, and the name to put on the `<fieldset>`. */
export interface FieldsetHeading {
  /** The legend (with the help button), the help text and the description, as the fieldset's first children. */
  readonly heading: ReactNode;
  /** Set when the legend holds a help button, so the group's name leaves the button's own name out. */
  readonly 'aria-labelledby'?: string;
  /** Set for a group without a title (no legend) that the layout names otherwise (`unlabelledName`). */
  readonly 'aria-label'?: string;
}

/**
 * The legend of a radio, checkbox or field group with the node's help button in it, then the help
 * text and the description. A legend must be the fieldset's first child to name it, so the button
 * sits inside it; the group is then named explicitly by the title and the description (what
 * Designsystemet names a fieldset by), not by the legend's whole content. A group without a title
 * has no legend (never its component id, no required mark): its help button stands alone and the
 * group is named by `unlabelledName`, if any (see `useFieldTexts`).
 */
export function useFieldsetHeading(
  node: FormNode,
  {
    title,
    description,
    required,
    unlabelledName,
  }: { title: string | undefined; description: string | undefined; required: boolean; unlabelledName?: string },
): FieldsetHeading {
  const id = useId();
  const help = useHelp(node, title);
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const heading = (
    <>
      {title === undefined ? (
        help.button && <div className="skjema-label-row">{help.button}</div>
      ) : (
        <FieldsetLegend className={help.button ? 'skjema-label-row' : undefined}>
          {help.button ? (
            <span id={titleId}>
              <FieldLabel title={title} required={required} />
            </span>
          ) : (
            <FieldLabel title={title} required={required} />
          )}
          {help.button}
        </FieldsetLegend>
      )}
      {help.text}
      {description !== undefined && (
        // A div, not Designsystemet's <p>: a Markdown description may hold a list. `data-field`
        // keeps it styled as, and part of the group's name as, the fieldset's description.
        <FieldsetDescription asChild>
          <div data-field="description" id={descriptionId}>
            <Markdown text={description} />
          </div>
        </FieldsetDescription>
      )}
    </>
  );
  if (title === undefined)
    return unlabelledName === undefined ? { heading } : { heading, 'aria-label': unlabelledName };
  if (!help.button) return { heading };
  return {
    heading,
    'aria-labelledby': description === undefined ? titleId : `${titleId} ${descriptionId}`,
  };
}

/**
 * A Designsystemet `Field` as its `Textfield` lays it out (label, description, the control, the
 * error), with the node's help beside the label: `Textfield` takes only a label. Without a title
 * there is no label; the control itself then takes the `unlabelledName` as `aria-label`.
 * `help` is the node's help text, as `useFieldTexts` gives it.
 */
export function FieldWithHelp({
  node,
  title,
  help,
  required,
  description,
  error,
  className,
  style,
  children,
}: {
  node: FormNode;
  title: string | undefined;
  help: string | undefined;
  required: boolean;
  description?: ReactNode;
  error?: ReactNode;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const { session } = useFormContext();
  return (
    <Field className={className} style={style}>
      {headingWithHelp(help, title, required)}
      {!!description && <FieldDescription>{description}</FieldDescription>}
      {children}
      {/* Only a field the service prefilled can say where its value came from: the others skip the note's listener. */}
      {session.wasPrefilled(node) && <PrefillNote node={node} />}
      {!!error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
