import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../src/react/styles.css';
import type { Preview } from '@storybook/react-vite';
import { loadMarkdownParser } from '../src/core/texts/markdownLoader.ts';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    layout: 'padded',
  },
  // Stories build their layout sets by hand; `loadLayoutSet` would have loaded the reader.
  loaders: [async () => ({ markdown: Boolean(await loadMarkdownParser()) })],
  decorators: [
    (Story) => (
      <main style={{ fontFamily: "'Inter Variable', var(--ds-font-family), system-ui, sans-serif" }}>
        <Story />
      </main>
    ),
  ],
};

export default preview;
