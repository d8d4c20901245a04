import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AppInstanceProvider } from '../../src/react/context/AppInstanceContext.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'info.title': ['Om innsendingen', 'About the submission'],
  appOwner: ['Testkommune', 'Test municipality'],
  'info.help': [
    'Referansenummeret står også i kvitteringen på e-post.',
    'The reference number is also in the receipt by email.',
  ],
});

const instance = {
  id: '512345/6697de17-18c7-4fb9-a428-d6a414a797ae',
  lastChanged: '2027-05-17T09:30:00',
  instanceOwner: { partyId: '512345', organisationNumber: '910123456', party: { name: 'Torgforeningen' } },
};

const meta = {
  title: 'Components/InstanceInformation',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf([{ id: 'info', type: 'InstanceInformation', textResourceBindings: { title: 'info.title' } }], {
      texts,
    }),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithInstance: Story = {
  decorators: [
    (Story) => (
      <AppInstanceProvider instance={instance}>
        <Story />
      </AppInstanceProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('definition').map((value) => value.textContent)).toEqual([
      '17.05.2027 / 09:30',
      '910123456 – Torgforeningen',
      'Testkommune',
      'd6a414a797ae',
    ]);
  },
};

/** Before the form is sent there is no instance: every value reads "–". */
export const NoInstance: Story = {
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement)
        .getAllByRole('definition')
        .map((value) => value.textContent),
    ).toEqual(['–', '–', '–', '–']);
  },
};

/** A help text behind the button beside the title, opened. */
export const WithHelp: Story = {
  args: {
    layoutSet: formOf(
      [{ id: 'info', type: 'InstanceInformation', textResourceBindings: { title: 'info.title', help: 'info.help' } }],
      { texts },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Hjelp til Om innsendingen' }));
    await expect(canvas.getByText('Referansenummeret står også i kvitteringen på e-post.')).toBeVisible();
  },
};
