import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { RawComponent } from '../../src/core/index.ts';
import { SkjemaForm } from '../../src/react/SkjemaForm.tsx';
import { formOf } from '../support/formOf.ts';
import { isVisuallyHidden, optionsInTableData, optionsInTableForm } from '../support/optionsInTable.ts';
import { textsOf } from '../support/texts.ts';

const texts = textsOf({
  'event.services.title': ['Hva skal arrangementet omfatte?', 'What will the event include?'],
  'event.services.description': [
    'Kryss av for alt som gjelder. Enkelte punkter krever egne tillatelser.',
    'Tick everything that applies. Some items need separate permits.',
  ],
  'event.services.foodSale': ['Salg av mat', 'Food sale'],
  'event.services.alcohol': ['Skjenking av alkohol', 'Serving alcohol'],
  'event.services.alcohol.description': ['Krever skjenkebevilling.', 'Requires a licence to serve alcohol.'],
  'event.services.amplifiedMusic': ['Forsterket musikk eller lyd', 'Amplified music or sound'],
  'event.services.roadClosure': ['Stenging av vei', 'Road closure'],
});

const services = (extra: Partial<RawComponent> = {}): RawComponent => ({
  id: 'event-services',
  type: 'Checkboxes',
  dataModelBindings: { simpleBinding: 'event.services' },
  textResourceBindings: { title: 'event.services.title', description: 'event.services.description' },
  options: [
    { value: 'foodSale', label: 'event.services.foodSale' },
    { value: 'alcohol', label: 'event.services.alcohol', description: 'event.services.alcohol.description' },
    { value: 'amplifiedMusic', label: 'event.services.amplifiedMusic' },
    { value: 'roadClosure', label: 'event.services.roadClosure' },
  ],
  ...extra,
});

const form = (extra: Partial<RawComponent> = {}) => formOf([services(extra)], { texts });

const meta = {
  title: 'Components/Checkboxes',
  component: SkjemaForm,
  argTypes: { layoutSet: { control: false } },
  args: { layoutSet: form() },
} satisfies Meta<typeof SkjemaForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const food = canvas.getByRole('checkbox', { name: 'Salg av mat' });
    await userEvent.click(food);
    await expect(food).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Stenging av vei' }));
    await expect(canvas.getByRole('checkbox', { name: 'Stenging av vei' })).toBeChecked();
    await userEvent.click(food);
    await expect(food).not.toBeChecked();
  },
};

export const Filled: Story = {
  args: { initialData: { event: { services: 'foodSale,amplifiedMusic' } } },
  play: async ({ canvasElement }) => {
    const checked = within(canvasElement)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked);
    await expect(checked.map((box) => box.getAttribute('value'))).toEqual(['foodSale', 'amplifiedMusic']);
  },
};

export const Required: Story = {
  args: { layoutSet: form({ required: true }) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('legend')).toHaveTextContent('Hva skal arrangementet omfatte? *');
  },
};

export const ReadOnly: Story = {
  args: { layoutSet: form({ readOnly: true }), initialData: { event: { services: 'alcohol' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Salg av mat' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Skjenking av alkohol' }));
    await expect(canvas.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'Skjenking av alkohol' })).toBeChecked();
  },
};

/** `layout: "row"` puts the options side by side (wrapping when the line is full). */
export const Row: Story = {
  args: { layoutSet: form({ layout: 'row' }) },
  play: async ({ canvasElement }) => {
    const [first, second] = within(canvasElement).getAllByRole('checkbox');
    await expect(first.getBoundingClientRect().top).toBe(second.getBoundingClientRect().top);
  },
};

/** One required checkbox to accept the terms. */
export const SingleConsent: Story = {
  args: {
    layoutSet: formOf(
      [
        {
          id: 'conditions-accept',
          type: 'Checkboxes',
          required: true,
          dataModelBindings: { simpleBinding: 'conditions.accepted' },
          textResourceBindings: { title: 'conditions.accept.title' },
          options: [{ value: 'true', label: 'conditions.accept.option' }],
        },
      ],
      {
        texts: textsOf({
          'conditions.accept.title': ['Bekreftelse', 'Confirmation'],
          'conditions.accept.option': [
            'Jeg har lest vilkårene og forplikter meg til å følge dem',
            'I have read the conditions and commit to following them',
          ],
        }),
      },
    ),
  },
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', {
      name: 'Jeg har lest vilkårene og forplikter meg til å følge dem',
    });
    await expect(box).toHaveAttribute('aria-required', 'true');
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};

const objectList = (extra: Partial<RawComponent> = {}) =>
  form({
    dataModelBindings: {
      group: 'event.chosen',
      simpleBinding: 'event.chosen.service',
      checked: 'event.chosen.isChecked',
    },
    ...extra,
  });

/**
 * The object-list mode: each checked option is a row of `event.chosen` with `isChecked: true`.
 * With `deletionStrategy: "soft"` unchecking keeps the row (and its other fields) with `isChecked: false`.
 */
export const ObjectList: Story = {
  args: {
    layoutSet: objectList({ deletionStrategy: 'soft' }),
    initialData: {
      event: {
        chosen: [
          { altinnRowId: 'r1', service: 'foodSale', isChecked: true },
          { altinnRowId: 'r2', service: 'alcohol', isChecked: false },
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('checkbox', { name: 'Salg av mat' })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: /Skjenking av alkohol/ })).not.toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: /Skjenking av alkohol/ }));
    await expect(canvas.getByRole('checkbox', { name: /Skjenking av alkohol/ })).toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Salg av mat' }));
    await expect(canvas.getByRole('checkbox', { name: 'Salg av mat' })).not.toBeChecked();
  },
};

/**
 * `preselectedOptionIndex` in the object-list mode: with no row chosen yet, the option at that
 * index starts as a row. Unchecking it is final; it is not chosen again.
 */
export const ObjectListPreselected: Story = {
  args: { layoutSet: objectList({ preselectedOptionIndex: 0, deletionStrategy: 'soft' }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const food = canvas.getByRole('checkbox', { name: 'Salg av mat' });
    await waitFor(() => expect(food).toBeChecked());
    await userEvent.click(food);
    await expect(food).not.toBeChecked();
  },
};

/** `alertOnChange`: unchecking asks first, in a modal dialog that holds the focus. */
export const AlertOnChange: Story = {
  args: { layoutSet: form({ alertOnChange: true }), initialData: { event: { services: 'foodSale,roadClosure' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Stenging av vei' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Er du sikker på at du vil fjerne «Stenging av vei»?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Ja, fjern' })).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: 'Ja, fjern' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('checkbox', { name: 'Stenging av vei' })).toBeChecked();
    await waitFor(() => expect(canvas.getByRole('checkbox', { name: 'Stenging av vei' })).toHaveFocus());
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Stenging av vei' }));
    await userEvent.click(within(await canvas.findByRole('dialog')).getByRole('button', { name: 'Ja, fjern' }));
    await expect(canvas.getByRole('checkbox', { name: 'Stenging av vei' })).not.toBeChecked();
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Salg av mat' }));
    const again = await canvas.findByRole('dialog');
    await waitFor(() => expect(again).toBeVisible());
  },
};

/** In a table cell a lone option's label only repeats the column heading: hidden from view, read by screen readers. */
export const InTable: Story = {
  args: { layoutSet: optionsInTableForm('Checkboxes'), initialData: optionsInTableData },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox', { name: 'Ja, utført' });
    await expect(boxes).toHaveLength(2);
    await expect(isVisuallyHidden(canvas.getAllByText('Ja, utført')[0])).toBe(true);
  },
};

/** `showLabelsInTable`: the option's label shows in every cell. */
export const InTableShowLabels: Story = {
  args: { layoutSet: optionsInTableForm('Checkboxes', { showLabelsInTable: true }), initialData: optionsInTableData },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    for (const label of canvas.getAllByText('Ja, utført')) await expect(isVisuallyHidden(label)).toBe(false);
    await userEvent.click(canvas.getAllByText('Ja, utført')[1]);
    await expect(canvas.getAllByRole('checkbox', { name: 'Ja, utført' })[1]).toBeChecked();
  },
};
