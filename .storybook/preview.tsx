import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource-variable/inter';
import '../src/react/styles.css';
import type { Preview } from '@storybook/react-vite';
import { loadJmespath } from '../src/core/expressions/functions/jmespathLoader.ts';
import { loadMarkdownParser } from '../src/core/texts/markdownLoader.ts';
import { loadBuiltinTexts } from '../src/core/texts/builtin/builtinTextsLoader.ts';
import { COMPONENT_TYPES } from '../src/core/layout/componentTypes.ts';
import { markdownElementsPart } from '../src/react/components/shared/markdownElementsPart.ts';
import { helpPart } from '../src/react/components/shared/useHelp.tsx';
import { lightFieldsPart } from '../src/react/render/light/lightFieldsPart.ts';
import { loadAppNavigation } from '../src/react/navigation/lazyAppNavigation.tsx';
import { subformEditorHostPart } from '../src/react/components/Subform/lazySubformEditorHost.tsx';
import { loadSchemaInterpreter } from '../src/core/validation/schema/interpreterLoader.ts';
import { createDefaultRegistry } from '../src/react/registry/defaultRegistry.ts';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
    layout: 'padded',
    options: {
      // The docs site first, in the order a newcomer reads it; then the stories.
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Embedding',
            'Layout reference',
            'Expressions',
            'Validation',
            'Saving',
            'Client API',
            'CLI',
            "Migrating from Altinn's app-frontend",
            'Performance and reliability',
            'Internals',
          ],
        ],
      },
    },
  },
  // Stories render and are checked at once, so every built-in renderer is loaded first; and they
  // build their layout sets by hand, so what `loadLayoutSet` would have loaded is loaded here.
  loaders: [
    async () => {
      await Promise.all([
        createDefaultRegistry().loadAll(),
        loadAppNavigation(),
        subformEditorHostPart.load(),
        loadMarkdownParser(),
        markdownElementsPart.load(),
        helpPart.load(),
        lightFieldsPart.load(),
        loadJmespath(),
        loadSchemaInterpreter(),
        ...['nb', 'nn', 'en'].map((language) => loadBuiltinTexts(language, COMPONENT_TYPES)),
      ]);
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
