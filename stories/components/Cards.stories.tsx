import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'small.title': ['Lite arrangement', 'Small event'],
  'small.description': ['Under 100 deltakere.', 'Fewer than 100 participants.'],
  'small.footer': ['Behandles innen en uke.', 'Processed within a week.'],
  'large.title': ['Stort arrangement', 'Large event'],
  'large.description': ['100 deltakere eller flere.', '100 participants or more.'],
  'count.title': ['Antall deltakere', 'Number of participants'],
  'pic.alt': ['Illustrasjon av en scene', 'Illustration of a stage'],
});

// A file on the Storybook's own site: images never load from data: URLs (isSafeMediaUrl).
const PICTURE = '/stories/assets/stage.svg';

const form = (extra: Partial<RawComponent> = {}) =>
  formOf(
    [
      {
        id: 'kinds',
        type: 'Cards',
        color: 'neutral',
        cards: [
          {
            title: 'small.title',
            description: 'small.description',
            footer: 'small.footer',
            media: 'pic',
            children: ['count'],
          },
          { title: 'large.title', description: 'large.description' },
        ],
        ...extra,
      },
      {
        id: 'pic',
        type: 'Image',
        image: { src: { nb: PICTURE, en: PICTURE }, width: '100%' },
        textResourceBindings: { altTextImg: 'pic.alt' },
      },
      {
        id: 'count',
        type: 'Input',
        dataModelBindings: { simpleBinding: 'count' },
        textResourceBindings: { title: 'count.title' },
      },
    ],
    { texts },
  );

const meta = {
  title: 'Components/Cards',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Antall deltakere' }), '40');
    await expect(canvas.getByRole('textbox', { name: 'Antall deltakere' })).toHaveValue('40');
  },
};

export const SubtleMediaBottom: Story = {
  args: { layoutSet: form({ color: 'subtle', mediaPosition: 'bottom', minMediaHeight: '80px' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('img', { name: 'Illustrasjon av en scene' })).toBeVisible();
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Small event' })).toBeVisible();
  },
};

/** The cards stack in one column on a phone. */
export const Phone: Story = {
  decorators: [phoneWidth],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
    const [first, second] = canvas.getAllByRole('listitem');
    await expect(second.getBoundingClientRect().top).toBeGreaterThan(first.getBoundingClientRect().bottom - 1);
  },
};
