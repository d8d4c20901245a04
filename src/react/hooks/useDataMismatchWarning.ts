import { useEffect } from 'react';
import type { FormSession } from '../../core/session/index.ts';

const MAX_LISTED = 20;
const warned = new WeakSet<FormSession>();

/**
 * Tells the developer, once per session, where the data the form was given does not have its
 * schema's shape. The form keeps that data as it was; a user who cannot fix it needs the developer
 * to know, and the console is where a developer looks.
 */
export function useDataMismatchWarning(session: FormSession): void {
  useEffect(() => {
    if (warned.has(session)) return;
    warned.add(session);
    const mismatches = session.dataMismatches();
    if (mismatches.length === 0) return;
    const lines = mismatches
      .slice(0, MAX_LISTED)
      .map(
        ({ dataType, pointer, expected, found }) =>
          `  ${dataType} ${pointer === '' ? '(root)' : pointer}: expected ${expected}, found ${found}`,
      );
    if (mismatches.length > MAX_LISTED) lines.push(`  … and ${mismatches.length - MAX_LISTED} more`);
    console.warn(
      `skjema: the form's initial data does not match the data model's schema in ${mismatches.length} place(s). ` +
        `It is kept as it was and saved unchanged; fields whose path it blocks cannot be saved.\n${lines.join('\n')}`,
    );
  }, [session]);
}
