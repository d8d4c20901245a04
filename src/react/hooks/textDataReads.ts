import type { FormData } from '../../core/data/formData.ts';
import type { TextResolveOptions, TextResolver } from '../../core/texts/textResolver.ts';

const READS_SEPARATOR = '\u0001';
const PATH_SEPARATOR = '\u0000';

/**
 * The data paths the texts read now, as one string: a hook's subscription depends on it, so a new
 * set of paths (another text key, a row that moved) subscribes anew and an equal one does not.
 */
export function textDataReads(
  keys: readonly (string | undefined)[],
  texts: TextResolver,
  options: TextResolveOptions,
): string {
  const reads = new Set<string>();
  for (const key of keys) {
    if (key === undefined) continue;
    for (const { dataType, path } of texts.dataReads(key, options))
      reads.add(`${dataType ?? ''}${PATH_SEPARATOR}${path}`);
  }
  return [...reads].join(READS_SEPARATOR);
}

/** Listens at the paths `textDataReads` gave (none for ''), each in its data model. */
export function subscribeAtReads(data: FormData, reads: string, onChange: () => void): () => void {
  if (reads === '') return () => {};
  const offs = reads.split(READS_SEPARATOR).map((read) => {
    const [dataType, path] = read.split(PATH_SEPARATOR);
    return data.model(dataType === '' ? undefined : dataType).subscribeAt(path, onChange);
  });
  return () => offs.forEach((off) => off());
}
