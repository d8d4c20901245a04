import { useEffect, useState } from 'react';
import { loadedMarkdownParser, loadMarkdownParser } from '../../../core/texts/markdownLoader.ts';

/**
 * The Markdown reader for a text that `needs` it: loaded already, or `undefined` while it loads,
 * after which the component renders again with it.
 */
export function useMarkdownParser(needs: boolean): ReturnType<typeof loadedMarkdownParser> {
  const [, setLoads] = useState(0);
  const parser = loadedMarkdownParser();
  useEffect(() => {
    if (!needs || parser) return;
    let mounted = true;
    loadMarkdownParser().then(
      () => {
        if (mounted) setLoads((loads) => loads + 1);
      },
      (error: unknown) => console.warn('The Markdown reader could not be loaded; texts show as written.', error),
    );
    return () => {
      mounted = false;
    };
  }, [needs, parser]);
  return parser;
}
