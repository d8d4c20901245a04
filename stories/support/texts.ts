import type { TextResource } from '../../src/core/index.ts';

/** Text resources in Norwegian (bokmål) and English from one table: `{ id: [nb, en] }`. */
export function textsOf(table: Record<string, readonly [nb: string, en: string]>): Record<'nb' | 'en', TextResource[]> {
  const entries = Object.entries(table);
  return {
    nb: entries.map(([id, [value]]) => ({ id, value })),
    en: entries.map(([id, [, value]]) => ({ id, value })),
  };
}
