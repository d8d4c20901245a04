import type { DataBinding, FormData } from '../../core/data/formData.ts';

/**
 * Listens to the writes that can change what the bindings hold or show — at each binding's path, in
 * its data model and in the model of text kept as invalid — instead of to every write, so a
 * keystroke in another field of a large form does not reach the listener.
 */
export function subscribeAtBindings(
  data: FormData,
  bindings: Iterable<DataBinding | undefined>,
  onChange: () => void,
): () => void {
  const offs: (() => void)[] = [];
  for (const binding of bindings) {
    if (!binding) continue;
    offs.push(data.model(binding.dataType).subscribeAt(binding.field, onChange));
    offs.push(data.invalid[binding.dataType].subscribeAt(binding.field, onChange));
  }
  return () => offs.forEach((off) => off());
}
