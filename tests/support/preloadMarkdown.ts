import { loadMarkdownParser } from '../../src/core/texts/markdownLoader.ts';

// Forms built by `loadLayoutSet` have the Markdown reader loaded before they render; tests that
// build their layout sets by hand get it the same way, so their texts render formatted at once.
await loadMarkdownParser();
