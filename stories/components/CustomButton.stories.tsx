import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { ServerActionsProvider } from '../../src/react/context/ServerActionsContext.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { standLayoutSet, standPage, standsSubform, standTexts } from '../support/standSubform.ts';
import { textsOf } from '../support/texts.ts';
import { withServices } from '../support/withServices.tsx';

const texts = textsOf({
  'a.header': ['Om søkeren', 'About the applicant'],
  'b.header': ['Oppsummering', 'Summary'],
  'fetch.title': ['Hent opplysninger og gå videre', 'Fetch details and continue'],
  'back.title': ['Tilbake til start', 'Back to the start'],
});

const onServerAction = fn(async () => {});

const pages: Record<string, RawComponent[]> = {
  a: [
    { id: 'a-header', type: 'Header', size: 'L', textResourceBindings: { title: 'a.header' } },
    {
      id: 'fetch',
      type: 'CustomButton',
      buttonStyle: 'primary',
      actions: [
        { type: 'ServerAction', id: 'fetch-details' },
        { type: 'ClientAction', id: 'nextPage' },
      ],
      textResourceBindings: { title: 'fetch.title' },
    },
  ],
  b: [
    { id: 'b-header', type: 'Header', size: 'L', textResourceBindings: { title: 'b.header' } },
    {
      id: 'back',
      type: 'CustomButton',
      buttonStyle: 'secondary',
      buttonColor: 'second',
      buttonSize: 'small',
      actions: [{ type: 'ClientAction', id: 'navigateToPage', metadata: { page: 'a' } }],
      textResourceBindings: { title: 'back.title' },
    },
  ],
};

const meta = {
  title: 'Components/CustomButton',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false }, subformLayoutSets: { control: false } },
  args: { layoutSet: formOf([], { texts, pages }) },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A server action and then a page change; the second page has a button back to the first. */
export const ServerThenNextPage: Story = {
  decorators: [
    (Story) => (
      <ServerActionsProvider actions={{ onServerAction }}>
        <Story />
      </ServerActionsProvider>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Hent opplysninger og gå videre' }));
    await expect(onServerAction).toHaveBeenCalledWith('fetch-details', { componentId: 'fetch' });
    await expect(await canvas.findByRole('heading', { level: 2, name: 'Oppsummering' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Tilbake til start' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Om søkeren');
  },
};

/** Without a server the button is disabled and says why. */
export const NoServer: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Hent opplysninger og gå videre' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Denne handlingen er ikke tilgjengelig her.');
  },
};

/**
 * `closeSubform` with `validation` in a new subform entry: the required name stops the close,
 * and the error report lists it; the button is primary and says "Ferdig" as it has no title.
 */
export const CloseSubformWithValidationError: Story = {
  args: {
    layoutSet: formOf([standsSubform()], { texts: standTexts }),
    subformLayoutSets: [standLayoutSet(standPage({ page: 'all', show: ['All'] }))],
  },
  decorators: [withServices({})],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Legg til salgsbod' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Ferdig' }));
    await expect(await canvas.findByText('Du må rette disse feilene før du kan gå videre')).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 2, name: 'Om salgsboden' })).toBeVisible();
  },
};
