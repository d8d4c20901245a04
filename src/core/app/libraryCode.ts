import { onDemand } from '../onDemand.ts';

/**
 * The code that reads an app's shared libraries and puts their pages, parts, texts and code lists
 * in (libraries.ts, libraryParts.ts). Few apps have libraries, so it is left out of what every
 * form loads: `loadLayoutSet` loads it when an app declares a library or refers to one.
 */
export const libraryCode = onDemand(async () => {
  const [libraries, parts] = await Promise.all([import('./libraries.ts'), import('./libraryParts.ts')]);
  return { ...libraries, ...parts };
});

export type LibraryCode = Awaited<ReturnType<typeof libraryCode.load>>;
