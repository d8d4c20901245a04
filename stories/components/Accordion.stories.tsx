import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { phoneWidth } from '../support/phoneWidth.tsx';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'faq.title': ['Vanlige spørsmål', 'Frequently asked questions'],
  'rules.title': ['Hvilke regler gjelder?', 'Which rules apply?'],
  'rules.body': ['Arrangementet må følge politivedtektene.', 'The event must follow the police regulations.'],
  'fee.title': ['Hva koster det?', 'What does it cost?'],
  'fee.body': ['Søknaden er gratis.', 'Applying is free.'],
  'contact.title': ['Telefon til ansvarlig', 'Phone of the person in charge'],
});

const accordion = (id: string, extra: Partial<RawComponent> = {}): RawComponent[] => [
  { id, type: 'Accordion', textResourceBindings: { title: `${id}.title` }, children: [`${id}-body`], ...extra },
  { id: `${id}-body`, type: 'Paragraph', textResourceBindings: { title: `${id}.body` } },
];

const meta = {
  title: 'Components/Accordion',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(accordion('rules'), { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The summary is a tab stop; a click (or Enter) opens it. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Arrangementet må følge politivedtektene.')).not.toBeVisible();
    await userEvent.tab();
    await expect(canvasElement.querySelector('summary')).toHaveFocus();
    // user-event does not simulate the browser's Enter-activates-summary default; the summary is focusable, then clicked.
    await userEvent.click(canvasElement.querySelector('summary') as HTMLElement);
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
    await waitFor(() => expect(canvas.getByText('Arrangementet må følge politivedtektene.')).toBeVisible());
  },
};

export const OpenByDefault: Story = {
  args: { layoutSet: formOf(accordion('rules', { openByDefault: true }), { texts }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Arrangementet må følge politivedtektene.')).toBeVisible();
  },
};

export const WithField: Story = {
  args: {
    layoutSet: formOf(
      [
        {
          id: 'contact',
          type: 'Accordion',
          textResourceBindings: { title: 'contact.title' },
          children: ['phone'],
          openByDefault: true,
        },
        {
          id: 'phone',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'phone' },
          textResourceBindings: { title: 'contact.title' },
        },
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const phone = within(canvasElement).getByRole('textbox', { name: 'Telefon til ansvarlig' });
    await userEvent.type(phone, '99999999');
    await expect(phone).toHaveValue('99999999');
  },
};

export const Group: Story = {
  args: {
    layoutSet: formOf(
      [
        { id: 'faq', type: 'AccordionGroup', textResourceBindings: { title: 'faq.title' }, children: ['rules', 'fee'] },
        ...accordion('rules'),
        ...accordion('fee'),
      ],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Vanlige spørsmål' })).toBeVisible();
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(2);
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Which rules apply?' })).toBeVisible();
  },
};

export const Phone: Story = {
  decorators: [phoneWidth],
  args: { layoutSet: formOf(accordion('rules', { openByDefault: true }), { texts }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByTestId('phone-frame').scrollWidth).toBeLessThanOrEqual(375);
  },
};
