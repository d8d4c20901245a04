import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CaseList } from '../../src/react/index.ts';
import { sampleLoader } from './sampleCases.ts';

/** `<CaseList>`: "your cases", over a stand-in for `client.listInstances`. */
const meta = {
  title: 'Inbox/CaseList',
  component: CaseList,
  args: { load: sampleLoader().load, onOpen: fn(), pageSize: 5, searchDelay: 0 },
} satisfies Meta<typeof CaseList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryState: Story = {};

export const Searched: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Søk i sakene' }), 'jazz');
    await expect(await canvas.findByText('2 saker')).toBeVisible();
  },
};

export const English: Story = { args: { language: 'en' } };

export const Empty: Story = { args: { load: sampleLoader([]).load } };

export const HiddenByTheApp: Story = { args: { load: sampleLoader(undefined, { hidden: 2 }).load } };

export const LoadFails: Story = { args: { load: () => Promise.reject(new Error('offline')) } };

export const Links: Story = { args: { href: (instance) => `#/instance/${instance.id}` } };
