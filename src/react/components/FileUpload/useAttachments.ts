import { useCallback, useEffect, useState } from 'react';
import type { FormNode } from '../../../core/form/index.ts';
import { useFormContext } from '../../context/FormContext.ts';
import { useFormServices, type Attachment } from '../../context/FormServices.ts';

export interface Attachments {
  files: Attachment[];
  add(file: Attachment): void;
  remove(id: string): Promise<void>;
  replace(file: Attachment): void;
}

/**
 * The attachments of an upload component. Altinn names the data type after the component, so the
 * list is the service's attachments of that type; the bound field holds their ids (one id for
 * `simpleBinding`, an array for `list`).
 */
export function useAttachments(node: FormNode): Attachments {
  const { engine, reportAttachments } = useFormContext();
  const services = useFormServices();
  const [files, setFiles] = useState<Attachment[]>([]);
  const dataType = node.baseId;
  useEffect(() => {
    let current = true;
    services.listAttachments(dataType).then(
      (listed) => current && setFiles(listed),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [services, dataType]);
  useEffect(() => reportAttachments(node.id, files.length), [reportAttachments, node.id, files.length]);
  const { simpleBinding, list } = node.bindings;
  const store = useCallback(
    (next: Attachment[]) => {
      if (list) engine.data.model(list.dataType).set(list.field, next.length ? next.map((f) => f.id) : undefined);
      if (simpleBinding) engine.data.setText(simpleBinding, next.at(-1)?.id ?? '');
    },
    [engine, list, simpleBinding],
  );
  const update = useCallback(
    (change: (files: Attachment[]) => Attachment[]) =>
      setFiles((previous) => {
        const next = change(previous);
        store(next);
        return next;
      }),
    [store],
  );
  return {
    files,
    add: (file) => update((previous) => [...previous, file]),
    replace: (file) => update((previous) => previous.map((f) => (f.id === file.id ? file : f))),
    remove: async (id) => {
      await services.deleteAttachment(id);
      update((previous) => previous.filter((f) => f.id !== id));
    },
  };
}
