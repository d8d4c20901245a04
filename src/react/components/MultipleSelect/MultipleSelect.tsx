import {
  Button,
  Checkbox,
  Chip,
  Fieldset,
  Paragraph,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useOptionsWithStatus } from '../../hooks/useOptions.ts';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { Markdown } from '../shared/Markdown.tsx';
import { ServiceNotice } from '../shared/ServiceNotice.tsx';
import { useConfirmRemoval } from '../shared/useConfirmRemoval.tsx';
import { useFieldsetHeading } from '../shared/FieldHeading.tsx';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { useMultiSelection } from '../shared/useMultiSelection.ts';

/** Above this many options the list gets a search field. */
const FILTER_FROM = 8;

/**
 * Several choices from a long list: the chosen ones as removable chips, the options as checkboxes
 * in a panel the user opens with a button (Escape closes it). Values are stored comma-separated,
 * or as rows of a `group` (see `useMultiSelection`); with `alertOnChange`, removing one asks first.
 */
export function MultipleSelect({ node }: SkjemaComponentProps) {
  const { required, readOnly } = useNodeState(node);
  const { title, description, unlabelledName } = useFieldTexts(node);
  const { heading, ...groupName } = useFieldsetHeading(node, { title, description, required, unlabelledName });
  const { error } = useNodeValidation(node);
  const { options, failed } = useOptionsWithStatus(node);
  const { selected, toggle } = useMultiSelection(node, options);
  const { confirm, dialog } = useConfirmRemoval(node);
  const texts = useTextResolver();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    // Escape closes the panel like a native dropdown and hands focus back to its button.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggleRef.current?.focus();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [open]);
  const chosen = options.filter((option) => selected.includes(option.value));
  const shown = query === '' ? options : options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));
  const panelId = `${node.id}-options`;
  return (
    <Fieldset id={node.id} {...groupName}>
      {heading}
      {failed && <ServiceNotice kind="error" textKey="options.load_failed" />}
      <div className="skjema-multiselect-selected">
        <Paragraph data-size="sm" id={`${node.id}-selected`}>
          {texts.resolve('multiple_select.selected')}
        </Paragraph>
        {chosen.length === 0 ? (
          <Paragraph data-size="sm">{texts.resolve('multiple_select.none_selected')}</Paragraph>
        ) : (
          <ul aria-labelledby={`${node.id}-selected`} className="skjema-chip-list">
            {chosen.map((option) => (
              <li key={option.value}>
                {readOnly ? (
                  <Tag>{option.label}</Tag>
                ) : (
                  <Chip.Removable
                    type="button"
                    aria-label={texts.resolve('multiple_select.remove', { params: [option.label] })}
                    onClick={() =>
                      confirm(option.label, () => {
                        toggle(option.value, false);
                        toggleRef.current?.focus();
                      })
                    }
                  >
                    {option.label}
                  </Chip.Removable>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {!readOnly && (
        <Button
          ref={toggleRef}
          id={`${node.id}-toggle`}
          type="button"
          variant="secondary"
          data-size="sm"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {texts.resolve('dropdown.choose')}
        </Button>
      )}
      {open && !readOnly && (
        <div
          id={panelId}
          role="group"
          aria-labelledby={`${node.id}-toggle`}
          className="skjema-multiselect-panel"
          ref={panelRef}
        >
          {options.length > FILTER_FROM && (
            <Textfield
              label={texts.resolve('multiple_select.filter')}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
          {shown.length === 0 && options.length > 0 && (
            <Paragraph data-size="sm" role="status">
              {texts.resolve('multiple_select.no_match')}
            </Paragraph>
          )}
          {shown.map((option) => (
            <Checkbox
              key={option.value}
              name={node.id}
              value={option.value}
              label={<Markdown text={option.markup.label} inline />}
              description={option.markup.description && <Markdown text={option.markup.description} inline />}
              checked={selected.includes(option.value)}
              onChange={(event) =>
                event.target.checked
                  ? toggle(option.value, true, option.label)
                  : confirm(option.label, () => toggle(option.value, false))
              }
            />
          ))}
        </div>
      )}
      {error && <ValidationMessage>{error}</ValidationMessage>}
      {dialog}
    </Fieldset>
  );
}
