import type { FormNode } from '../../../core/form/index.ts';
import { useNodeText } from '../../hooks/useNodeText.ts';
import { useText } from '../../i18n/useTexts.ts';

// Button labels are plain text.
const PLAIN = { plain: true };

/** Button texts of a repeating group: the group's own `textResourceBindings`, else the built-in texts. */
export function useGroupTexts(node: FormNode) {
  const addFull = useNodeText(node, 'add_button_full', PLAIN);
  const addSuffix = useNodeText(node, 'add_button', PLAIN);
  const addNew = useText('general.add_new') ?? '';
  const editOpen = useNodeText(node, 'edit_button_open', PLAIN);
  const editClose = useNodeText(node, 'edit_button_close', PLAIN);
  const save = useNodeText(node, 'save_button', PLAIN);
  const saveAndNext = useNodeText(node, 'save_and_next_button', PLAIN);
  const paginationNext = useNodeText(node, 'pagination_next_button', PLAIN);
  const paginationBack = useNodeText(node, 'pagination_back_button', PLAIN);
  const multipageNext = useNodeText(node, 'multipage_next_button', PLAIN);
  const multipageBack = useNodeText(node, 'multipage_back_button', PLAIN);
  const builtin = {
    edit: useText('general.edit') ?? '',
    saveAndClose: useText('general.save_and_close') ?? '',
    saveAndNext: useText('general.save_and_next') ?? '',
    delete: useText('general.delete') ?? '',
    next: useText('navigation.next') ?? '',
    back: useText('navigation.back') ?? '',
  };
  return {
    add: addFull ?? (addSuffix ? `${addNew} ${addSuffix}` : addNew),
    editOpen: editOpen ?? builtin.edit,
    editClose: editClose ?? builtin.saveAndClose,
    save: save ?? builtin.saveAndClose,
    saveAndNext: saveAndNext ?? builtin.saveAndNext,
    delete: builtin.delete,
    paginationNext: paginationNext ?? builtin.next,
    paginationBack: paginationBack ?? builtin.back,
    multipageNext: multipageNext ?? builtin.next,
    multipageBack: multipageBack ?? builtin.back,
  };
}

export type GroupTexts = ReturnType<typeof useGroupTexts>;
