import { Button, Fieldset, FieldsetDescription, FieldsetLegend } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTextResolver } from '../../i18n/useTexts.ts';
import { searchRoot } from '../../render/searchRoot.ts';
import type { ItemList } from './itemFields.ts';
import { ItemInputs, type ItemInputsProps } from './ItemInputs.tsx';
import { innerFieldKey, innerItem, isInnerItems, type InnerItem, type ItemValue } from './itemValues.ts';
import { innerItemNumbered, sentenceStart } from './rowText.ts';

interface InnerItemsInputProps extends Pick<ItemInputsProps, 'idOf' | 'errorOf'> {
  list: ItemList;
  value: ItemValue | undefined;
  onChange(value: ItemValue): void;
}

/**
 * An array of objects inside the row: each inner item a fieldset of its own fields with a button
 * that removes it, and a button that adds one. Adding moves the focus to the new item's first
 * field, removing to the add button, so the keyboard never lands on a control that is gone.
 */
export function InnerItemsInput({ list, value, idOf, errorOf, onChange }: InnerItemsInputProps) {
  const texts = useTextResolver();
  const items = isInnerItems(value) ? value.items : [];
  const addButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<(() => void) | undefined>(undefined);

  // The new item's inputs exist only after the render that follows the change.
  useEffect(() => {
    focusNext.current?.();
    focusNext.current = undefined;
  });

  const replace = (next: readonly InnerItem[]) => onChange({ items: next });
  const add = () => {
    const added = innerItem();
    const first = list.entries[0];
    const firstKey = first ? firstFieldKey(first) : undefined;
    focusNext.current = () => {
      if (firstKey)
        searchRoot(addButton.current)
          .getElementById(idOf(innerFieldKey(list, added, firstKey)))
          ?.focus();
    };
    replace([...items, added]);
  };
  const remove = (id: string) => {
    focusNext.current = () => addButton.current?.focus();
    replace(items.filter((item) => item.id !== id));
  };

  return (
    <Fieldset className="skjema-field-stack">
      <FieldsetLegend>{list.label}</FieldsetLegend>
      {list.description && <FieldsetDescription>{list.description}</FieldsetDescription>}
      {items.map((item, index) => {
        const numbered = innerItemNumbered(list, index);
        return (
          <Fieldset key={item.id} className="skjema-field-stack">
            <FieldsetLegend>{sentenceStart(numbered)}</FieldsetLegend>
            <ItemInputs
              entries={list.entries}
              values={item.values}
              idOf={(key) => idOf(innerFieldKey(list, item, key))}
              errorOf={(key, field) => errorOf(innerFieldKey(list, item, key), field)}
              onChange={(key, changed) =>
                replace(
                  items.map((candidate) =>
                    candidate.id === item.id
                      ? { ...candidate, values: { ...candidate.values, [key]: changed } }
                      : candidate,
                  ),
                )
              }
            />
            <div>
              <Button
                type="button"
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => remove(item.id)}
              >
                {texts.resolve('add_to_list.remove_named', { params: [numbered] })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div>
        <Button ref={addButton} type="button" variant="secondary" data-size="sm" onClick={add}>
          {texts.resolve('add_to_list.add_named', { params: [list.itemLabel] })}
        </Button>
      </div>
    </Fieldset>
  );
}

/** The key of the first input an inner item shows, down through nested objects. */
function firstFieldKey(entry: ItemList['entries'][number]): string | undefined {
  if (entry.kind === 'group') return entry.entries[0] ? firstFieldKey(entry.entries[0]) : undefined;
  return entry.key;
}
