import { onDemand } from '../onDemand.ts';
import { parsePlainText, type MarkdownNode } from './markdownSyntax.ts';

/**
 * The Markdown reader (`markdown.ts` with `marked`, a fifth of what a form would load) is loaded
 * only when a text needs it. `loadLayoutSet` loads it before the first render when any of the
 * app's texts needs it, so those show formatted at once; a text that needs it later (a built-in
 * text, a text set while the form runs) starts the load and shows formatted when it is done.
 */

type ParseMarkdown = (text: string) => MarkdownNode[];

const reader = onDemand<ParseMarkdown>(() => import('./markdown.ts').then((module) => module.parseMarkdown));

/** The reader when it is loaded. */
export function loadedMarkdownParser(): ParseMarkdown | undefined {
  return reader.loaded();
}

/** Loads the reader (once; a failed load, such as a lost connection, is tried again next time). */
export function loadMarkdownParser(): Promise<ParseMarkdown> {
  return reader.load();
}

/** Whether any of the texts needs the reader to show as its author wrote it. */
export function needsMarkdownParser(texts: Iterable<string>): boolean {
  for (const text of texts) if (parsePlainText(text) === undefined) return true;
  return false;
}
