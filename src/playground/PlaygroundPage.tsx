import { lazy, Suspense } from 'react';

/** Where a host page shows the playground: its own address with this hash. */
export const PLAYGROUND_HASH = '#/playground';

// The editors, the schemas and the example app load only when the playground is opened.
const LoadedPlayground = lazy(async () => {
  const [{ Playground }, { loadBuiltInPlaygroundSchemas }] = await Promise.all([
    import('./Playground.tsx'),
    import('./playgroundSchemas.ts'),
  ]);
  const schemas = await loadBuiltInPlaygroundSchemas();
  return { default: ({ language }: { language: string }) => <Playground schemas={schemas} language={language} /> };
});

/** The playground with the Altinn schemas built into the page, loaded on demand. */
export function PlaygroundPage({ language }: { language: string }) {
  return (
    <Suspense fallback={null}>
      <LoadedPlayground language={language} />
    </Suspense>
  );
}
