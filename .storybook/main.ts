import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';
import { fileURLToPath } from 'node:url';
import { searchForWorkspaceRoot } from 'vite';
import { writeCorpusStories } from '../scripts/storybook/corpusStories.ts';
import { playgroundSchemas } from '../scripts/vite/playgroundSchemas.ts';

// Storybook merges vite.config.ts; the library-only .d.ts plugin has no business in a Storybook build.
const isDts = (plugin: PluginOption) =>
  !!plugin && typeof plugin === 'object' && 'name' in plugin && /dts/.test(String(plugin.name));

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
// Every page of every corpus app as a story (stories/corpus/generated), written from the corpus as it is now.
await writeCorpusStories(repoRoot);

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // The docs site (stories/docs/*.mdx renders docs/ and README.md) beside the stories.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // Pictures the stories show, served from the Storybook's own site (media never load from data: URLs).
  staticDirs: [{ from: '../stories/assets', to: '/stories/assets' }],
  // playgroundSchemas: the Altinn schemas the playground story imports as modules.
  viteFinal: (cfg) => ({
    ...cfg,
    plugins: [...(cfg.plugins ?? []).flat().filter((plugin) => !isDts(plugin)), playgroundSchemas()],
    // The corpus stories read the apps in ../shared/corpus beside the checkout.
    server: { ...cfg.server, fs: { ...cfg.server?.fs, allow: [searchForWorkspaceRoot(repoRoot), '../shared/corpus'] } },
  }),
};
export default config;
