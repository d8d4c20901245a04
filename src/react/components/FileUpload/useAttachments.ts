import { useCallback, useEffect } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices } from '../../context/FormServices.ts';
import type { Attachment, AttachmentService } from '../../../core/services/attachments.ts';
import { useOutsideLists, type ListCache, type Listed } from '../../render/OutsideLists.ts';
import { useListed } from '../../render/useListed.ts';

export interface Attachments {
  files: readonly Attachment[];
  add(file: Attachment): void;
  remove(id: string): Promise<void>;
  replace(file: Attachment): void;
}

/**
 * The attachments of an upload component. Altinn names the data type after the component, so the
 * list is the service's attachments of that type; the bound field holds their ids (one id for
 * `simpleBinding`, an array for `list`). The count is reported to the validator by
 * `OutsideDataChecks`, for this component and for one on a page not opened alike.
 */
export function useAttachments(node: FormNode): Attachments {
  const { session } = useFormContext();
  const storage: AttachmentService = useFormServices();
  const dataType = node.baseId;
  const [{ items: files }, attachments] = useListedAttachments(dataType);
  const { simpleBinding, list } = node.bindings;
  // Files change on the server too (a virus scan settles): list them again when told.
  useEffect(
    () =>
      storage.subscribeAttachments?.(() => {
        void storage.listAttachments(dataType).then(
          (fresh) => attachments.update(dataType, () => fresh),
          // A failed re-list keeps the list shown; the next change lists again.
          () => {},
        );
      }),
    [storage, attachments, dataType],
  );
  const update = useCallback(
    (change: (files: readonly Attachment[]) => readonly Attachment[]) => {
      const next = attachments.update(dataType, change);
      if (list) session.write({ node, binding: list, value: next.length ? next.map((f) => f.id) : undefined });
      if (simpleBinding) session.write({ node, binding: simpleBinding, text: next.at(-1)?.id ?? '' });
    },
    [attachments, dataType, session, node, list, simpleBinding],
  );
  return {
    files,
    // The service may have listed the new file already (it tells of the change before the upload
    // resolves, as the connected instance does), so adding is adding once.
    add: (file) =>
      update((previous) =>
        previous.some((f) => f.id === file.id)
          ? previous.map((f) => (f.id === file.id ? file : f))
          : [...previous, file],
      ),
    replace: (file) => update((previous) => previous.map((f) => (f.id === file.id ? file : f))),
    remove: async (id) => {
      await storage.deleteAttachment(id);
      update((previous) => previous.filter((f) => f.id !== id));
    },
  };
}

/**
 * The attachments of a data type as the form knows them: listed once per form and kept up to date
 * by the upload components, so a component opened later and the check of one not yet opened
 * (`OutsideDataChecks`) count the same files.
 */
export function useListedAttachments(dataType: string): [Listed<Attachment>, ListCache<Attachment>] {
  const { attachments } = useOutsideLists();
  return [useListed(attachments, dataType), attachments];
}
