import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'tab.event': ['Arrangement', 'Event'],
  'tab.venue': ['Lokale', 'Venue'],
  'tab.security': ['Sikkerhet', 'Security'],
  'event.title': ['Navn på arrangementet', 'Name of the event'],
  'venue.title': ['Adresse', 'Address'],
  'security.title': ['Antall vakter', 'Number of guards'],
});

const input = (id: string, title: string): RawComponent => ({
  id,
  type: 'Input',
  dataModelBindings: { simpleBinding: id },
  textResourceBindings: { title },
});

const form = (extra: Partial<RawComponent> = {}, securityHidden?: RawComponent['hidden']) =>
  formOf(
    [
      {
        id: 'sections',
        type: 'Tabs',
        tabs: [
          { id: 'event', title: 'tab.event', children: ['event'] },
          { id: 'venue', title: 'tab.venue', children: ['venue'] },
          { id: 'security', title: 'tab.security', children: ['security'] },
        ],
        ...extra,
      },
      input('event', 'event.title'),
      input('venue', 'venue.title'),
      { ...input('security', 'security.title'), hidden: securityHidden },
    ],
    { texts },
  );

const meta = {
  title: 'Components/Tabs',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Click a tab to see its fields; the arrow keys move between tabs. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Navn på arrangementet' })).toBeVisible();
    await userEvent.click(canvas.getByRole('tab', { name: 'Lokale' }));
    await expect(canvas.getByRole('textbox', { name: 'Adresse' })).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: 'Navn på arrangementet' })).toBeNull();
  },
};

export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Arrangement' }));
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(canvas.getByRole('tab', { name: 'Lokale' })).toHaveFocus());
  },
};

export const DefaultTab: Story = {
  args: { layoutSet: form({ defaultTab: 'security', size: 'large' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tab', { name: 'Sikkerhet' })).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Antall vakter' })).toBeVisible();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('tab', { name: 'Venue' })).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
  },
};

/** A tab whose fields are all hidden is left out: type "privat" and the security tab goes away. */
export const HiddenTab: Story = {
  args: { layoutSet: form({}, ['equals', ['dataModel', 'event'], 'privat']) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Navn på arrangementet' }), 'privat');
    await waitFor(() => expect(canvas.queryByRole('tab', { name: 'Sikkerhet' })).toBeNull());
    await expect(canvas.getAllByRole('tab')).toHaveLength(2);
  },
};
