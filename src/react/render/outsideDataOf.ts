import type { FormEngine } from '../../core/form/index.ts';

/** The list outside the form data that a type's checks read (uploads, subform entries), as its definition says. */
export const outsideDataOf = (engine: FormEngine, type: string) => engine.componentTypes.get(type)?.outsideData;
