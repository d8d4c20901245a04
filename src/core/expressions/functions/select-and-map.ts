import { defineFunction, optional, required } from '../define-function.ts';
import { ExpressionRuntimeError } from '../errors.ts';
import { hostMethod } from '../host-method.ts';

export const selectAndMap = defineFunction({
  args: [required('string'), required('string'), optional('string'), optional('string'), optional('boolean')],
  returns: 'string',
  impl: ({ context }, path, property, prepend, append, appendToLast) => {
    if (path === null || property === null) throw new ExpressionRuntimeError('Cannot lookup dataModel null');
    const rows = hostMethod(context, 'dataModel', '_experimentalSelectAndMap')(path, null);
    if (!Array.isArray(rows)) return '';
    const lastIndex = rows.length - 1;
    return rows
      .map((row: unknown, index) => {
        const picked = typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[property] : undefined;
        const skipAppend = index === lastIndex && appendToLast === false;
        return `${prepend ?? ''}${String(picked)}${skipAppend ? '' : (append ?? '')}`;
      })
      .join(' ');
  },
});
