import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { textsOf } from '../support/texts.ts';

const meta = {
  title: 'Components/UnknownComponent',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: {
    layoutSet: formOf(
      [
        { id: 'event-header', type: 'Header', size: 'L', textResourceBindings: { title: 'event.header' } },
        { id: 'event-map', type: 'FancyWidget', textResourceBindings: { title: 'event.map.title' } },
        {
          id: 'event-place',
          type: 'Input',
          dataModelBindings: { simpleBinding: 'event.place' },
          textResourceBindings: { title: 'event.place.title' },
        },
      ],
      {
        texts: textsOf({
          'event.header': ['Om arrangementet', 'About the event'],
          'event.map.title': ['Velg sted i kartet', 'Pick the place on the map'],
          'event.place.title': ['Sted', 'Place'],
        }),
      },
    ),
  },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A type nobody registered (`FancyWidget`): a warning naming type, id and file; the rest of the page works. */
export const FancyWidget: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Ukjent komponenttype «FancyWidget»' })).toBeVisible();
    await expect(
      canvas.getByText('Komponenten event-map i App/ui/story/layouts/page1.json kan ikke vises.'),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Sted' })).toBeEnabled();
  },
};
