import { useEffect, useState } from 'react';
import type { LoadedLayoutSet } from '../../core/app/types.ts';
import type { ConnectedInstance } from '../../connected/index.ts';

/**
 * The stored data of earlier tasks' layout sets (a confirmation page's summaries, a completed task
 * opened to look at): their models are not part of the current task, so they are read from the
 * instance. A model that cannot be read is left empty rather than hiding the rest of the page.
 */
export function useStoredModels(
  instance: ConnectedInstance,
  layoutSets: readonly LoadedLayoutSet[] | undefined,
): ReadonlyMap<string, unknown> | undefined {
  const [models, setModels] = useState<{ for: readonly LoadedLayoutSet[]; models: Map<string, unknown> }>();
  useEffect(() => {
    if (!layoutSets) return;
    let active = true;
    const dataTypes = [...new Set(layoutSets.map((set) => set.dataType))];
    Promise.all(
      dataTypes.map((dataType) =>
        (instance.readModel?.(dataType) ?? Promise.resolve(instance.dataModels.get(dataType)?.model)).catch(
          () => undefined,
        ),
      ),
    ).then((read) => {
      if (active) setModels({ for: layoutSets, models: new Map(dataTypes.map((dataType, i) => [dataType, read[i]])) });
    });
    return () => {
      active = false;
    };
  }, [instance, layoutSets]);
  return models && models.for === layoutSets ? models.models : undefined;
}
