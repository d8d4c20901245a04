import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../src/react/styles.css';
import type { Preview } from '@storybook/react-vite';
import { loadJmespath } from '../src/core/expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser } from '../src/core/texts/markdownLoader.ts';
import { loadSchemaInterpreter } from '../src/core/validation/schema/interpreterLoader.ts';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    layout: 'padded',
  },
  // Stories build their layout sets by hand; `loadLayoutSet` would have loaded these parts.
  loaders: [
    async () => {
      await Promise.all([loadMarkdownParser(), loadJmespath(), loadSchemaInterpreter()]);
      return {};
    },
  ],
  decorators: [
    (Story) => (
      <main style={{ fontFamily: "'Inter Variable', var(--ds-font-family), system-ui, sans-serif" }}>
        <Story />
      </main>
    ),
  ],
};

export default preview;
