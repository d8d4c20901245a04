import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'applicant.intro': [
    'Her søker du om tillatelse til å holde et offentlig arrangement i kommunen, for eksempel en konsert, et marked eller et idrettsstevne. Søknaden bør sendes senest fire uker før arrangementet.',
    'Apply here for a permit to hold a public event in the municipality, such as a concert, a market or a sports event. Send the application at least four weeks before the event.',
  ],
  'conditions.body': [
    'Som arrangør **må du**:\n\n- sørge for forsvarlig vakthold og førstehjelp\n- følge reglene for støy, matservering og skjenking\n- rydde området innen kl. 12 dagen etter\n\nLes mer om vilkårene på [kommunens nettsider](https://www.example.no/arrangement).',
    'As the organiser **you must**:\n\n- provide proper security and first aid\n- follow the rules for noise, food and alcohol\n- clean up by 12 noon the day after\n\nRead more on [the municipality’s website](https://www.example.no/arrangement).',
  ],
});

const meta = {
  title: 'Components/Paragraph',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [{ id: 'applicant-intro', type: 'Paragraph', textResourceBindings: { title: 'applicant.intro' } }],
      {
        texts,
      },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Plain: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Her søker du om tillatelse/)).toBeVisible();
  },
};

/** The Markdown subset: bold, bullet lists and links (opened in a new tab). */
export const Markdown: Story = {
  args: {
    layoutSet: formOf(
      [{ id: 'conditions-body', type: 'Paragraph', textResourceBindings: { title: 'conditions.body' } }],
      {
        texts,
      },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('må du').tagName).toBe('STRONG');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    const link = canvas.getByRole('link', { name: 'kommunens nettsider' });
    await expect(link).toHaveAttribute('href', 'https://www.example.no/arrangement');
    await expect(link).toHaveAttribute('target', '_blank');
  },
};
