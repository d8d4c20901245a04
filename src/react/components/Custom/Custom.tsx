import { ValidationMessage } from '@digdir/designsystemet-react';
import { createElement, useEffect, useMemo, useRef, useSyncExternalStore, useCallback } from 'react';
import { useFormContext } from '../../context/FormContext.ts';
import { useNodeState } from '../../hooks/useNodeState.ts';
import { subscribeAtBindings } from '../../hooks/subscribeAtBindings.ts';
import { useNodeValidation } from '../../hooks/useNodeValidation.tsx';
import { useTextResolver } from '../../i18n/useTexts.ts';
import type { SkjemaComponentProps } from '../../registry/types.ts';
import { useFieldTexts } from '../shared/useFieldTexts.ts';
import { plainText } from '../../../core/texts/textValues.ts';

/** A valid custom element name: lower case, starting with a letter, with a hyphen. */
const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

interface DataChange {
  /** The binding key to write; `simpleBinding` when left out. */
  field?: string;
  value?: unknown;
}

/**
 * The app's own web component (`tagName`). It gets the bound values as the `formdata` property (and
 * the `data-formdata` attribute, as JSON), the title as `text`, the form's text lookup as `texts`, and
 * `language`, `readonly` and `required` (also as `data-*` attributes); it writes back by dispatching a `data-changed` (or `change`)
 * CustomEvent with `detail: { field?, value }`.
 */
export function Custom({ node }: SkjemaComponentProps) {
  const { engine, session } = useFormContext();
  const { required, readOnly } = useNodeState(node);
  const { title } = useFieldTexts(node);
  const { error } = useNodeValidation(node);
  const texts = useTextResolver();
  const ref = useRef<HTMLElement>(null);
  const tagName = String((node.component as { tagName?: unknown }).tagName ?? '');
  const subscribe = useCallback(
    (onChange: () => void) => subscribeAtBindings(engine.data, Object.values(node.bindings), onChange),
    [engine, node],
  );
  const read = useCallback(
    () =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(node.bindings).map(([key, binding]) => [key, engine.data.get(binding) ?? null]),
        ),
      ),
    [engine, node],
  );
  const formdata = useSyncExternalStore(subscribe, read, read);
  const values = useMemo(() => JSON.parse(formdata) as Record<string, unknown>, [formdata]);

  useEffect(() => {
    const element = ref.current as (HTMLElement & Record<string, unknown>) | null;
    if (!element) return;
    element.formdata = values;
    element.text = plainText(title) ?? '';
    element.texts = (key: string) => texts.resolve(key);
    element.language = texts.language;
    element.readonly = readOnly;
    element.required = required;
  }, [values, title, texts, readOnly, required]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onChange = (event: Event) => {
      if (readOnly || !(event instanceof CustomEvent)) return;
      const change = (event.detail ?? {}) as DataChange;
      const binding = node.bindings[change.field ?? 'simpleBinding'];
      if (!binding) return;
      const value = change.value;
      if (value !== null && typeof value === 'object') session.write({ node, binding, value });
      else session.write({ node, binding, text: value === undefined || value === null ? '' : String(value) });
    };
    element.addEventListener('data-changed', onChange);
    element.addEventListener('change', onChange);
    return () => {
      element.removeEventListener('data-changed', onChange);
      element.removeEventListener('change', onChange);
    };
  }, [session, node, readOnly]);

  if (!CUSTOM_ELEMENT_NAME.test(tagName)) return null;
  return (
    <>
      {createElement(tagName, {
        ref,
        id: node.id,
        'data-formdata': formdata,
        'data-text': plainText(title) ?? '',
        'data-language': texts.language,
        'data-readonly': readOnly ? 'true' : undefined,
        'data-required': required ? 'true' : undefined,
      })}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </>
  );
}
