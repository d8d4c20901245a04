import { listLayoutSets, loadLayoutSet } from '../../src/core/app/loadLayoutSet.ts';
import { objectSource, type LoadedLayoutSet } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';

/** A corpus app's layout sets as the loader reads them from the app's files. */
export interface CorpusApp {
  name: string;
  layoutSets: Record<string, LoadedLayoutSet>;
}

/**
 * Loads every layout set of a corpus app from the files a Vite glob read from ../shared/corpus
 * (keys are the glob's paths, `…/<app>/App/ui/…`).
 */
export async function loadCorpusApp(name: string, globbed: Record<string, string>): Promise<CorpusApp> {
  const files = Object.fromEntries(
    Object.entries(globbed).map(([path, text]) => [path.slice(path.indexOf(`/${name}/App/`) + name.length + 2), text]),
  );
  const source = objectSource(files);
  const layoutSets: Record<string, LoadedLayoutSet> = {};
  for (const { id } of (await listLayoutSets(source)).layoutSets) {
    const { layoutSet } = await loadLayoutSet(source, { layoutSetId: id });
    if (layoutSet) layoutSets[layoutSet.id] = layoutSet;
  }
  return { name, layoutSets };
}

/**
 * One page of a corpus app, opened on that page. Its page-level `hidden` is dropped so that pages
 * the app shows only for certain answers show too; the other pages stay, so Summary components and
 * links to them still resolve.
 */
export function CorpusPage({ app, layoutSetId, page }: { app: CorpusApp; layoutSetId: string; page: string }) {
  const layoutSet = app.layoutSets[layoutSetId];
  if (!layoutSet?.layouts[page]) return <p>{`${app.name}/${layoutSetId}/${page}`}</p>;
  const { hidden: _hidden, ...data } = layoutSet.layouts[page].data;
  const opening: LoadedLayoutSet = {
    ...layoutSet,
    pageOrder: [page, ...layoutSet.pageOrder.filter((key) => key !== page)],
    layouts: { ...layoutSet.layouts, [page]: { ...layoutSet.layouts[page], data } },
  };
  const subforms = Object.values(app.layoutSets).filter((set) => set.id !== layoutSetId);
  return <SkjemaForm layoutSet={opening} page={page} subformLayoutSets={subforms} />;
}
