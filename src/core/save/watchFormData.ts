import type { FormData } from '../data/formData.ts';
import type { SaveScheduler } from './saveScheduler.ts';

/**
 * Tells the scheduler about every write to the form's data models, whoever writes (a field, a
 * checkbox, a row added, an expression-driven cleanup). The invalid-text stores are not watched:
 * text that does not fit the schema is not part of the data model and is never saved.
 */
export function watchFormData(data: FormData, scheduler: SaveScheduler): () => void {
  const unsubscribers = Object.entries(data.models).map(([dataType, store]) =>
    store.subscribe(() => scheduler.changed(dataType)),
  );
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}
