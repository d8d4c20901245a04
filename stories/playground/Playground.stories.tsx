import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Playground } from '../../src/playground/Playground.tsx';
import { loadBuiltInPlaygroundSchemas } from '../../src/playground/playgroundSchemas.ts';

// Built into the Storybook by scripts/vite/playgroundSchemas.ts (see .storybook/main.ts).
const schemas = await loadBuiltInPlaygroundSchemas();

const meta = {
  title: 'Playground',
  component: Playground,
  args: { schemas },
  argTypes: { schemas: { control: false }, files: { control: false }, onDownload: { control: false } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bundled example app: its four pages to switch between, its data model and its texts, and the form. */
export const ExampleApp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Om søkeren' })).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'event' })).not.toBeChecked();
    await expect(canvas.getByRole('radio', { name: 'applicant' })).toBeChecked();
  },
};

/** A blank app to build from, in English on a phone. */
export const BlankApp: Story = {
  args: { start: 'blank', language: 'en', viewport: 375 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'New service', level: 2 })).toBeVisible();
  },
};
