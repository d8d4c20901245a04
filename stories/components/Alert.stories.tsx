import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'info.title': ['Søknaden lagres underveis', 'Your application is saved as you go'],
  'info.body': ['Du kan ta pauser og fortsette senere.', 'You can take a break and continue later.'],
  'success.title': ['Vedleggene er mottatt', 'The attachments are received'],
  'warning.title': ['Husk støyreglene', 'Remember the noise rules'],
  'warning.body': ['Musikken må være av **senest kl. 23**.', 'Music must stop **by 11 pm**.'],
  'danger.title': ['Fristen har gått ut', 'The deadline has passed'],
});

const alert = (severity: string): RawComponent => ({
  id: `alert-${severity}`,
  type: 'Alert',
  severity,
  textResourceBindings: {
    title: `${severity}.title`,
    ...(severity === 'info' || severity === 'warning' ? { body: `${severity}.body` } : {}),
  },
});

const meta = {
  title: 'Components/Alert',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: formOf(['info', 'success', 'warning', 'danger'].map(alert), { texts }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** All four severities; none of them interrupts a screen reader when the page opens. */
export const Severities: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(4);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByText('senest kl. 23').tagName).toBe('STRONG');
  },
};

export const English: Story = {
  args: { language: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Remember the noise rules' })).toBeVisible();
  },
};
