import { useEffect, useState } from 'react';
import type { LoadedLayoutSet } from '../../../core/app/types.ts';
import { onDemandPart } from '../onDemandPart.tsx';

/** The components at the top of a page, always rendered in full: more than a screen holds. */
export const FULL_AT_TOP = 30;

/** Light fields (`PageChildren`), loaded only by forms with a layout long enough to use them. */
export const lightFieldsPart = onDemandPart(() => import('./PageChildren.tsx'));

/**
 * Whether a page of the layout set may have more than `FULL_AT_TOP` components. Counted over the
 * layout's every component, not its top level: loading the part for a page that then needs no
 * light field costs a small download, missing one would render a long page in full.
 */
export function hasLongPages(layoutSet: LoadedLayoutSet): boolean {
  return Object.values(layoutSet.layouts).some((file) => file.data.layout.length > FULL_AT_TOP);
}

/**
 * Whether the form may show: the light fields are loaded, or its layouts need none. The download
 * starts during the first render, before the session is built, so it runs beside that work and
 * the first page's renderers; should it fail, the form shows its pages in full.
 */
export function useLightFieldsLoaded(layoutSet: LoadedLayoutSet | undefined): boolean {
  const [loading] = useState(() =>
    layoutSet && lightFieldsPart.loaded() === undefined && hasLongPages(layoutSet)
      ? lightFieldsPart.load().then(showForm, showForm)
      : undefined,
  );
  const [loaded, setLoaded] = useState(loading === undefined);
  useEffect(() => {
    if (loaded || !loading) return;
    let mounted = true;
    void loading.then(() => {
      if (mounted) setLoaded(true);
    });
    return () => {
      mounted = false;
    };
  }, [loaded, loading]);
  return loaded;
}

// The form shows once the load has settled either way.
function showForm(): void {}
